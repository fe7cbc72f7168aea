package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.drilljudge.readability.RuleContext;

/**
 * Numbers that belong to digit-by-digit and character arithmetic: 10 and its powers when a number is taken apart
 * (`n % 10`, `n /= 100`), 9 and 10 as a digit's bound, and the sizes of alphabets and character sets next to `c - 'a'`.
 * The facts about a method (does it take digits apart, does it subtract characters) are worked out once per method.
 */
final class DigitAndCharacterWork {
    private DigitAndCharacterWork() {
    }

    /** `n % 10`, `n / 1000`, `n /= 100`, `10 * total`: taking a number apart, or building one, digit by digit. */
    static boolean isDigitArithmetic(Node parent, Node literal, boolean ten) {
        if (parent instanceof BinaryExpr binary) {
            BinaryExpr.Operator operator = binary.getOperator();
            return (ten && operator == BinaryExpr.Operator.MULTIPLY) || (binary.getRight() == literal
                    && (operator == BinaryExpr.Operator.REMAINDER || operator == BinaryExpr.Operator.DIVIDE));
        }
        return parent instanceof AssignExpr assign && assign.getValue() == literal
                && (assign.getOperator() == AssignExpr.Operator.DIVIDE
                || assign.getOperator() == AssignExpr.Operator.REMAINDER
                || (ten && assign.getOperator() == AssignExpr.Operator.MULTIPLY));
    }

    /** `% 10`, `/= 10` or `>= 10` in a method that takes a number apart digit by digit. */
    static boolean isDigitLoop(Node literal, RuleContext context) {
        return literal.findAncestor(MethodDeclaration.class)
                .map(method -> context.shared(DigitLoop.class, method, DigitLoop::of).present())
                .orElse(false);
    }

    /** Whether a method divides or takes the remainder by 10 anywhere; asked for every 10 in it, computed once. */
    private record DigitLoop(boolean present) {
        static DigitLoop of(MethodDeclaration method) {
            return new DigitLoop(Trees.contains(method, Expression.class, DigitLoop::takesDigits));
        }

        /** `n % 10` or `n /= 10` (any power of ten). */
        private static boolean takesDigits(Expression expression) {
            if (expression instanceof BinaryExpr binary) {
                return binary.getOperator() == BinaryExpr.Operator.REMAINDER
                        && binary.getRight() instanceof LiteralStringValueExpr ten && isPowerOfTen(ten);
            }
            return expression instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.DIVIDE
                    && assign.getValue() instanceof LiteralStringValueExpr ten && isPowerOfTen(ten);
        }
    }

    /** 10, 100, 1000, ...: the bases of decimal digits and digit groups. */
    static boolean isPowerOfTen(LiteralStringValueExpr literal) {
        double value = MagicNumberContext.value(literal);
        if (!(value >= 10) || value > 1e18) {
            return false;
        }
        while (value >= 10 && value % 10 == 0) {
            value /= 10;
        }
        return value == 1;
    }

    /**
     * `digits[i] == 9`, `if (sum >= 10) carry = 1;`: the largest digit and the base, in a method that works digit by
     * digit (it takes a number apart, reads characters as digits, or names a digit or a carry).
     */
    static boolean isDigitBound(LiteralStringValueExpr literal, RuleContext context) {
        double value = MagicNumberContext.value(literal);
        if (value != 9 && value != 10) {
            return false;
        }
        if (isDigitLoop(literal, context) || usesDigitCharacters(literal, context)) {
            return true;
        }
        return literal.findAncestor(MethodDeclaration.class).filter(method -> Trees.contains(method,
                com.github.javaparser.ast.expr.SimpleName.class, name -> {
                    String lower = name.getIdentifier().toLowerCase(java.util.Locale.ROOT);
                    return lower.contains("digit") || lower.contains("carry");
                })).isPresent();
    }

    /** `c - '0'` in the method: characters read as digits, so 10 is the number of them. */
    static boolean usesDigitCharacters(Node literal, RuleContext context) {
        Node scope = literal.findAncestor(MethodDeclaration.class).map(method -> (Node) method).orElse(null);
        return scope != null && context.shared(CharWork.class, scope, CharWork::of).subtractsZeroDigit();
    }

    static boolean usesCharArithmetic(Node literal, RuleContext context) {
        Node scope = literal.findAncestor(MethodDeclaration.class).map(method -> (Node) method)
                .or(() -> literal.findAncestor(TypeDeclaration.class).map(type -> (Node) type)).orElse(null);
        if (scope == null) {
            return false;
        }
        CharWork work = context.shared(CharWork.class, scope, CharWork::of);
        return work.readsCharacters()
                && (literal.findAncestor(ArrayCreationExpr.class).isPresent() || work.subtractsCharacters());
    }

    /**
     * What a method (or type) does with characters, read once per scope: whether it reads them (a char literal,
     * `charAt`, `toCharArray`) and whether it subtracts a char literal (`c - 'a'`).
     */
    private record CharWork(boolean readsCharacters, boolean subtractsCharacters, boolean subtractsZeroDigit) {
        static CharWork of(Node scope) {
            boolean reads = false;
            boolean subtracts = false;
            boolean digits = false;
            for (Expression expression : Trees.all(scope, Expression.class)) {
                if (expression instanceof CharLiteralExpr || (expression instanceof MethodCallExpr call
                        && (call.getNameAsString().equals("charAt") || call.getNameAsString().equals("toCharArray")))) {
                    reads = true;
                } else if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.MINUS
                        && binary.getRight() instanceof CharLiteralExpr character) {
                    subtracts = true;
                    digits |= character.getValue().equals("0");
                }
            }
            return new CharWork(reads, subtracts, digits);
        }
    }
}
