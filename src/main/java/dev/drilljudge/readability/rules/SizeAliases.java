package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
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

    private final Set<String> inputs;
    /** Local name to the input whose size it holds. */
    private final Map<String, String> inputByAlias = new HashMap<>();

    /** Filled by {@link #record} during the rule's own pass over the method, in source order. */
    SizeAliases(Set<String> inputs) {
        this.inputs = inputs;
    }

    /** Notes `n` when this node is `int n = input.length` or `n = input.size()`; a later check on `n` then counts. */
    void record(Node node) {
        if (node instanceof VariableDeclarator variable && variable.getInitializer().isPresent()) {
            sizedInput(variable.getInitializer().get(), inputs)
                    .ifPresent(input -> inputByAlias.put(variable.getNameAsString(), input));
        } else if (node instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
            sizedInput(assign.getValue(), inputs).ifPresent(input -> assignedName(assign.getTarget())
                    .ifPresent(name -> inputByAlias.put(name, input)));
        }
    }

    /**
     * The condition compares a local holding `input`'s size (`n == 0`, `len < 2`), or is that local itself (the
     * selector of a `switch` on the size).
     */
    boolean checks(Node condition, String input) {
        if (inputByAlias.isEmpty()) {
            return false;
        }
        return (condition instanceof Expression expression && isAliasOf(expression, input))
                || Trees.contains(condition, BinaryExpr.class, comparison -> COMPARISONS.contains(comparison.getOperator())
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
        return inputs.stream().filter(input -> isSizeOf(value, input)).findFirst();
    }

    /** `name.length`, `name.length()` or `name.size()`: the size of that input. */
    static boolean isSizeOf(Expression expression, String name) {
        if (expression instanceof FieldAccessExpr access) {
            return access.getNameAsString().equals("length") && Guards.isName(access.getScope(), name);
        }
        return expression instanceof MethodCallExpr call && SIZE_CALLS.contains(call.getNameAsString())
                && call.getScope().filter(scope -> Guards.isName(scope, name)).isPresent();
    }
}
