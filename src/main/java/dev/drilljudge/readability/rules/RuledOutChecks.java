package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.drilljudge.problem.InputSpec;
import dev.drilljudge.readability.RuleContext;

/**
 * Decides whether a guard condition tests only for inputs the problem rules out: `nums == null` when `nums` is
 * non-null, `nums.length < 2` when it has at least 2 elements. Every part of an `||`/`&&` must be ruled out.
 */
final class RuledOutChecks {
    private RuledOutChecks() {
    }

    static boolean isRuledOut(Expression condition, Node callable, RuleContext context) {
        if (!(callable instanceof CallableDeclaration<?> declaration)) {
            return false;
        }
        return ruledOut(unwrap(condition), declaration, context);
    }

    private static boolean ruledOut(Expression condition, CallableDeclaration<?> callable, RuleContext context) {
        if (condition instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.OR
                || binary.getOperator() == BinaryExpr.Operator.AND)) {
            return ruledOut(unwrap(binary.getLeft()), callable, context)
                    && ruledOut(unwrap(binary.getRight()), callable, context);
        }
        if (condition instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.EQUALS) {
            String name = nullComparedName(binary);
            if (name != null) {
                return spec(name, callable, context) != null && spec(name, callable, context).nonNull();
            }
            return sizeBelow(binary.getLeft(), binary.getRight(), 1, callable, context);
        }
        if (condition instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.LESS) {
            return sizeBelow(binary.getLeft(), binary.getRight(), 0, callable, context);
        }
        if (condition instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.LESS_EQUALS) {
            return sizeBelow(binary.getLeft(), binary.getRight(), 1, callable, context);
        }
        if (condition instanceof MethodCallExpr call && call.getNameAsString().equals("isEmpty")
                && call.getScope().orElse(null) instanceof NameExpr name) {
            InputSpec spec = spec(name.getNameAsString(), callable, context);
            return spec != null && spec.hasIndex(0);
        }
        return false;
    }

    /** `size < bound + extra` is impossible when the guaranteed length is at least bound + extra. */
    private static boolean sizeBelow(Expression size, Expression bound, int extra, CallableDeclaration<?> callable,
                                     RuleContext context) {
        String name = sizedName(size);
        if (name == null || !(bound instanceof IntegerLiteralExpr literal)) {
            return false;
        }
        InputSpec spec = spec(name, callable, context);
        return spec != null && spec.nonNull() && spec.guaranteedMinLength() >= IntegerLiterals.value(literal) + extra;
    }

    private static String sizedName(Expression size) {
        if (size instanceof FieldAccessExpr access && access.getNameAsString().equals("length")
                && access.getScope() instanceof NameExpr name) {
            return name.getNameAsString();
        }
        if (size instanceof MethodCallExpr call && (call.getNameAsString().equals("size")
                || call.getNameAsString().equals("length")) && call.getScope().orElse(null) instanceof NameExpr name) {
            return name.getNameAsString();
        }
        return null;
    }

    private static String nullComparedName(BinaryExpr binary) {
        if (binary.getRight().isNullLiteralExpr() && binary.getLeft() instanceof NameExpr name) {
            return name.getNameAsString();
        }
        if (binary.getLeft().isNullLiteralExpr() && binary.getRight() instanceof NameExpr name) {
            return name.getNameAsString();
        }
        return null;
    }

    /** The spec of a parameter of this method, or null for anything else (a local, a field). */
    private static InputSpec spec(String name, CallableDeclaration<?> callable, RuleContext context) {
        for (Parameter parameter : callable.getParameters()) {
            if (parameter.getNameAsString().equals(name) && !parameter.getType().isPrimitiveType()) {
                return context.problem().input(name);
            }
        }
        return null;
    }

    private static Expression unwrap(Expression expression) {
        Expression current = expression;
        while (current instanceof EnclosedExpr enclosed) {
            current = enclosed.getInner();
        }
        return current;
    }
}
