package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/**
 * A `?:` inside another `?:` (Sonar S3358, "Ternary operators should not be nested"): `a > b ? a > c ? a : c : b`
 * makes the reader pair each `:` with its `?`. Reported once, at the outermost conditional of the nest; a `?:` inside a
 * lambda or an anonymous class within one is code of its own and does not count.
 */
public final class NestedTernaryRule extends BaseRule {
    public static final String ID = "NESTED_TERNARY";

    public NestedTernaryRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.empty(),
                "A `?:` nested in another makes the reader pair each `:` with its `?` to know which value wins "
                        + "(Insist on the Highest Standards).",
                List.of(ConditionalExpr.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        ConditionalExpr conditional = (ConditionalExpr) node;
        if (enclosingConditional(conditional) != null) {
            return;
        }
        ConditionalExpr inner = nested(conditional);
        if (inner == null) {
            return;
        }
        int line = RuleContext.line(conditional);
        context.report(this, conditional,
                "The `?:` at line " + line + " holds another `?:` (`" + context.sourceText(inner) + "`) (Insist on "
                        + "the Highest Standards): the reader has to pair each `:` with its `?` to see which value "
                        + "wins.",
                "Use `if`/`else` (or a `switch`) with one value per branch, or pull the inner `?:` into a local or a "
                        + "method whose name says what it picks.");
    }

    /** The `?:` this one is part of, without crossing a lambda or an anonymous class; null at the outermost. */
    private static ConditionalExpr enclosingConditional(Expression expression) {
        Node current = expression.getParentNode().orElse(null);
        while (current instanceof Expression && !isOwnCode(current)) {
            if (current instanceof ConditionalExpr outer) {
                return outer;
            }
            current = current.getParentNode().orElse(null);
        }
        return null;
    }

    /** The first `?:` inside this one, in source order, not inside a lambda or an anonymous class. */
    private static ConditionalExpr nested(ConditionalExpr conditional) {
        for (Expression part : List.of(conditional.getCondition(), conditional.getThenExpr(),
                conditional.getElseExpr())) {
            ConditionalExpr found = firstConditional(part);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static ConditionalExpr firstConditional(Node node) {
        if (node instanceof ConditionalExpr conditional) {
            return conditional;
        }
        if (isOwnCode(node)) {
            return null;
        }
        for (Node child : node.getChildNodes()) {
            ConditionalExpr found = child instanceof Expression ? firstConditional(child) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean isOwnCode(Node node) {
        return node instanceof LambdaExpr
                || node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent();
    }
}
