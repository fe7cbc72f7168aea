package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;

import java.util.Set;

/**
 * Whether an initialiser reads a value out of a structure (`grid[r][c]`, `queue.poll()`) rather than computing one:
 * a short name for a value read out is explained by the read beside it, a computed one only by its name.
 */
final class StructureReads {
    private static final Set<String> RETRIEVALS = Set.of("get", "poll", "pop", "peek", "charAt",
            "next", "remove", "removeFirst", "removeLast", "pollFirst", "pollLast", "peekFirst", "peekLast", "getKey",
            "getValue", "getFirst", "getLast", "first", "last", "getOrDefault");

    private StructureReads() {
    }

    /**
     * `edge[0]`, `stack.pop()`: one part of a pair taken off the structure that holds both (an edge's endpoints, a
     * stack's two operands). `dp[i - 1]` and `dp[i - 2]` are two different values, not parts of one.
     */
    static boolean isPartRead(Expression expression) {
        if (expression.isArrayAccessExpr()) {
            return expression.asArrayAccessExpr().getIndex().isIntegerLiteralExpr();
        }
        return expression instanceof MethodCallExpr call && call.getArguments().isEmpty()
                && RETRIEVALS.contains(call.getNameAsString());
    }

    /**
     * `grid[r][c]`, `queue.poll()`, `s.charAt(i) - 'a'`: a value read out of a structure, so its initialiser already
     * says what it is. A value computed by a call or arithmetic (`int a = solve(i + 1) + cost;`) is not: its name is
     * the only place that says what was computed.
     */
    static boolean isRetrieval(Expression expression) {
        Expression value = expression;
        while (value.isEnclosedExpr() || value.isCastExpr()) {
            value = value.isEnclosedExpr() ? value.asEnclosedExpr().getInner() : value.asCastExpr().getExpression();
        }
        if (value instanceof BinaryExpr binary
                && binary.getOperator() == BinaryExpr.Operator.MINUS
                && binary.getRight().isCharLiteralExpr()) {
            return isRetrieval(binary.getLeft());
        }
        return value.isArrayAccessExpr()
                || value.isFieldAccessExpr() && !value.asFieldAccessExpr().getNameAsString().equals("length")
                || value instanceof MethodCallExpr call && call.getScope().isPresent()
                && RETRIEVALS.contains(call.getNameAsString())
                && call.getArguments().stream().allMatch(argument -> argument.isNameExpr()
                || argument.isLiteralExpr() || argument.isBinaryExpr() && !Trees.contains(argument,
                MethodCallExpr.class));
    }
}
