package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;

import java.util.Optional;
import java.util.Set;

/**
 * What a `char` variable holds, read from how the code uses it: compared with or offset by `'a'` it is a letter,
 * by `'0'` a digit. A `char` compared with `'+'` or `'('` is neither, and calling every `char` a `letter` would
 * be filler the candidate cannot trust; then nothing is suggested.
 */
final class CharacterRoles {
    private static final Set<String> LETTER_TESTS = Set.of("isLetter", "isUpperCase", "isLowerCase", "toLowerCase",
            "toUpperCase", "isAlphabetic");
    private static final Set<String> DIGIT_TESTS = Set.of("isDigit", "getNumericValue");

    private CharacterRoles() {
    }

    /** `letter` or `digit` when the uses of `name` inside `scope` say which; empty otherwise. */
    static Optional<String> of(String name, Node scope) {
        boolean letter = false;
        boolean digit = false;
        for (BinaryExpr binary : Trees.all(scope, BinaryExpr.class)) {
            Optional<Character> other = otherSide(binary, name);
            if (other.isPresent()) {
                letter |= Character.isLetter(other.get());
                digit |= Character.isDigit(other.get());
            }
        }
        for (MethodCallExpr call : Trees.all(scope, MethodCallExpr.class)) {
            boolean onName = call.getArguments().size() == 1 && isName(call.getArgument(0), name);
            letter |= onName && LETTER_TESTS.contains(call.getNameAsString());
            digit |= onName && DIGIT_TESTS.contains(call.getNameAsString());
        }
        if (letter == digit) {
            return Optional.empty();
        }
        return Optional.of(letter ? "letter" : "digit");
    }

    /** The character literal `name` is compared with or offset by in this expression, if that is its shape. */
    private static Optional<Character> otherSide(BinaryExpr binary, String name) {
        Expression left = binary.getLeft();
        Expression right = binary.getRight();
        if (isName(left, name) && right instanceof CharLiteralExpr literal) {
            return single(literal);
        }
        if (isName(right, name) && left instanceof CharLiteralExpr literal) {
            return single(literal);
        }
        return Optional.empty();
    }

    private static Optional<Character> single(CharLiteralExpr literal) {
        String value = literal.getValue();
        return value.length() == 1 ? Optional.of(value.charAt(0)) : Optional.empty();
    }

    private static boolean isName(Expression expression, String name) {
        return expression instanceof NameExpr reference && reference.getNameAsString().equals(name);
    }
}
