package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/**
 * Assigning to a parameter (`n = n / 10`, `k--`). Record compact constructors are exempt: normalising a
 * component there is the idiom.
 */
public final class ParameterReassignedRule extends BaseRule {
    public static final String ID = "PARAMETER_REASSIGNED";

    public ParameterReassignedRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.empty(),
                "A parameter that is reassigned no longer holds what the caller passed, so every later line must be "
                        + "read with its history in mind (Earn Trust); a local with its own name is clearer.",
                List.of(AssignExpr.class, UnaryExpr.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        Expression target = target(node);
        if (!(target instanceof NameExpr name) || !isParameterOfEnclosing(node, name.getNameAsString())) {
            return;
        }
        String parameter = name.getNameAsString();
        context.report(this, node,
                "Parameter `" + parameter + "` is reassigned at line " + RuleContext.line(node) + " (Earn Trust): "
                        + "later lines no longer see what the caller passed, which makes the method harder to check.",
                "Copy it into a local named for its new role, e.g. `int remaining = " + parameter + ";`, and change that.");
    }

    private static Expression target(Node node) {
        if (node instanceof AssignExpr assign) {
            return assign.getTarget();
        }
        UnaryExpr unary = (UnaryExpr) node;
        return switch (unary.getOperator()) {
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> unary.getExpression();
            default -> null;
        };
    }

    private static boolean isParameterOfEnclosing(Node node, String name) {
        Node current = node.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof LambdaExpr lambda) {
                for (Parameter parameter : lambda.getParameters()) {
                    if (parameter.getNameAsString().equals(name)) {
                        return true;
                    }
                }
            } else if (current instanceof CallableDeclaration<?> callable) {
                return Callables.hasParameter(callable, name);
            } else if (current instanceof TypeDeclaration<?>) {
                return false;
            }
            current = current.getParentNode().orElse(null);
        }
        return false;
    }
}
