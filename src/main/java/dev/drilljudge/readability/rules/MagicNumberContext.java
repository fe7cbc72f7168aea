package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;

import java.util.Optional;
import java.util.Set;

/**
 * When a literal is not magic after all, and what to call it when it is. Quiet for: lookup tables (array
 * initialisers, arguments of `put`, `Map.of`, `List.of`), a literal that is the whole initialiser of a local
 * (`int minutesPerHour = 60;` names it on the line), digit arithmetic (`% 10`, `/ 10`, `* 10`), alphabet and
 * character-set sizes next to `char` arithmetic, and an argument to a method of this file whose parameter names it.
 */
final class MagicNumberContext {
    private static final Set<String> TABLE_CALLS = Set.of("put", "of", "entry", "asList", "add", "putIfAbsent");
    private static final Set<Double> CHARSET_SIZES = Set.of(26.0, 52.0, 128.0, 256.0);

    private MagicNumberContext() {
    }

    static boolean isNamedByUse(LiteralStringValueExpr literal) {
        Node node = literal;
        if (literal.getParentNode().orElse(null) instanceof UnaryExpr minus) {
            node = minus;
        }
        Node parent = node.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr) {
            node = parent;
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof ArrayInitializerExpr) {
            return true;
        }
        if (parent instanceof MethodCallExpr call && TABLE_CALLS.contains(call.getNameAsString())) {
            return true;
        }
        if (parent instanceof VariableDeclarator variable && variable.getParentNode().orElse(null)
                instanceof VariableDeclarationExpr) {
            return true;
        }
        if (parent instanceof BinaryExpr binary && binary.getRight() == node && isTen(literal)
                && (binary.getOperator() == BinaryExpr.Operator.REMAINDER
                || binary.getOperator() == BinaryExpr.Operator.DIVIDE
                || binary.getOperator() == BinaryExpr.Operator.MULTIPLY)) {
            return true;
        }
        if (isTen(literal) && isDigitLoop(literal)) {
            return true;
        }
        if (value(literal) == 100 && parent instanceof BinaryExpr percent && percent.getRight() == node
                && percent.getLeft().toString().toLowerCase(java.util.Locale.ROOT).contains("percent")) {
            return true;
        }
        if (CHARSET_SIZES.contains(value(literal)) && usesCharArithmetic(literal)) {
            return true;
        }
        return parent instanceof MethodCallExpr call && namedByParameter(call, node);
    }

    /** A static final field or final local with the same literal value, declared in the file. */
    static Optional<String> constantEqualTo(LiteralStringValueExpr literal, double value) {
        Node root = literal.findRootNode();
        return root.findAll(VariableDeclarator.class).stream()
                .filter(variable -> isConstant(variable) && variable.getInitializer()
                        .filter(init -> init instanceof LiteralStringValueExpr other && other != literal
                                && value(other) == value).isPresent())
                .map(VariableDeclarator::getNameAsString)
                .findFirst();
    }

    /** Names everyone agrees on; anything else gets no made-up name. */
    static String knownName(double value) {
        if (value == 1_000_000_007 || value == 998_244_353) {
            return "MOD";
        }
        if (value == 26) {
            return "ALPHABET_SIZE";
        }
        return null;
    }

    private static boolean isConstant(VariableDeclarator variable) {
        Node parent = variable.getParentNode().orElse(null);
        return (parent instanceof FieldDeclaration field && field.isFinal())
                || (parent instanceof VariableDeclarationExpr local && local.isFinal());
    }

    /** `% 10`, `/= 10` or `>= 10` in a method that takes a number apart digit by digit. */
    private static boolean isDigitLoop(Node literal) {
        return literal.findAncestor(MethodDeclaration.class).filter(method -> method.findFirst(BinaryExpr.class,
                binary -> binary.getOperator() == BinaryExpr.Operator.REMAINDER
                        && binary.getRight() instanceof LiteralStringValueExpr ten && isTen(ten)).isPresent()
                || method.findFirst(com.github.javaparser.ast.expr.AssignExpr.class,
                assign -> assign.getOperator() == com.github.javaparser.ast.expr.AssignExpr.Operator.DIVIDE
                        && assign.getValue() instanceof LiteralStringValueExpr ten && isTen(ten)).isPresent())
                .isPresent();
    }

    private static boolean isTen(LiteralStringValueExpr literal) {
        return value(literal) == 10;
    }

    private static boolean usesCharArithmetic(Node literal) {
        Node scope = literal.findAncestor(MethodDeclaration.class).map(method -> (Node) method)
                .or(() -> literal.findAncestor(TypeDeclaration.class).map(type -> (Node) type)).orElse(null);
        return scope != null && (scope.findFirst(CharLiteralExpr.class).isPresent()
                || scope.findFirst(MethodCallExpr.class, call -> call.getNameAsString().equals("charAt")
                || call.getNameAsString().equals("toCharArray")).isPresent())
                && literal.findAncestor(ArrayCreationExpr.class).isPresent() | scope.findFirst(BinaryExpr.class,
                binary -> binary.getOperator() == BinaryExpr.Operator.MINUS
                        && binary.getRight() instanceof CharLiteralExpr).isPresent();
    }

    /** `percentile(99)` where this file declares `percentile(double percent)`: the parameter names the value. */
    private static boolean namedByParameter(MethodCallExpr call, Node argument) {
        int index = call.getArguments().indexOf((Expression) argument);
        if (index < 0) {
            return false;
        }
        return call.findRootNode().findAll(CallableDeclaration.class).stream()
                .filter(callable -> callable.getNameAsString().equals(call.getNameAsString())
                        && callable.getParameters().size() == call.getArguments().size())
                .map(callable -> (Parameter) callable.getParameter(index))
                .anyMatch(parameter -> parameter.getNameAsString().length() >= 3);
    }

    static double value(LiteralStringValueExpr literal) {
        try {
            String text = literal.getValue().replace("_", "");
            if (text.endsWith("L") || text.endsWith("l")) {
                text = text.substring(0, text.length() - 1);
            }
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
