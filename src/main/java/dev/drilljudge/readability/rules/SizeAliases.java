package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Locals and fields that hold an input's size (`int n = matrix.length;`, `len = s.length();`). A check written on the
 * local (`if (n == 0) return result;`) is a check on the input: guards count the same however they are spelled.
 */
final class SizeAliases {
    private static final Set<String> SIZE_CALLS = Set.of("size", "length");
    private static final Set<BinaryExpr.Operator> COMPARISONS = Set.of(BinaryExpr.Operator.EQUALS,
            BinaryExpr.Operator.NOT_EQUALS, BinaryExpr.Operator.LESS, BinaryExpr.Operator.LESS_EQUALS,
            BinaryExpr.Operator.GREATER, BinaryExpr.Operator.GREATER_EQUALS);

    /** Local name to the input whose size it holds. */
    private final Map<String, String> inputByAlias;

    private SizeAliases(Map<String, String> inputByAlias) {
        this.inputByAlias = inputByAlias;
    }

    static SizeAliases of(MethodDeclaration method, Set<String> inputs) {
        Map<String, String> inputByAlias = new HashMap<>();
        Trees.each(method, VariableDeclarator.class, variable -> variable.getInitializer()
                .flatMap(value -> sizedInput(value, inputs))
                .ifPresent(input -> inputByAlias.put(variable.getNameAsString(), input)));
        Trees.each(method, AssignExpr.class, assign -> {
            Optional<String> input = sizedInput(assign.getValue(), inputs);
            if (assign.getOperator() == AssignExpr.Operator.ASSIGN && input.isPresent()) {
                assignedName(assign.getTarget()).ifPresent(name -> inputByAlias.put(name, input.get()));
            }
        });
        return new SizeAliases(inputByAlias);
    }

    /**
     * The condition compares a local holding `input`'s size (`n == 0`, `len < 2`), or is that local itself (the
     * selector of a `switch` on the size).
     */
    boolean checks(Node condition, String input) {
        return (condition instanceof Expression expression && isAliasOf(expression, input)) || Trees.contains(condition, BinaryExpr.class, comparison -> COMPARISONS.contains(comparison.getOperator())
                && (isAliasOf(comparison.getLeft(), input) || isAliasOf(comparison.getRight(), input)));
    }

    private boolean isAliasOf(Expression expression, String input) {
        return expression instanceof NameExpr name && input.equals(inputByAlias.get(name.getNameAsString()));
    }

    /** `n = ...` or `this.n = ...` (a size kept in a field). */
    private static Optional<String> assignedName(Expression target) {
        if (target instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        if (target instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
            return Optional.of(field.getNameAsString());
        }
        return Optional.empty();
    }

    private static Optional<String> sizedInput(Expression value, Set<String> inputs) {
        if (value instanceof FieldAccessExpr access && access.getNameAsString().equals("length")
                && access.getScope() instanceof NameExpr scope && inputs.contains(scope.getNameAsString())) {
            return Optional.of(scope.getNameAsString());
        }
        if (value instanceof MethodCallExpr call && SIZE_CALLS.contains(call.getNameAsString())
                && call.getArguments().isEmpty() && call.getScope().orElse(null) instanceof NameExpr scope
                && inputs.contains(scope.getNameAsString())) {
            return Optional.of(scope.getNameAsString());
        }
        return Optional.empty();
    }
}
