package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/**
 * One boolean expression with more `&&` and `||` operators than the threshold (3), counted through
 * parentheses and `!`. Bitwise `&`, `|` and `^` are not counted: in interview code they are arithmetic.
 */
public final class BooleanExpressionRule extends BaseRule {
    public static final String ID = "BOOLEAN_EXPRESSION";

    public BooleanExpressionRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.of(3),
                "A condition with more than 3 `&&`/`||` operators has to be decoded before it can be checked; "
                        + "named booleans or a predicate method say what it means (Dive Deep).",
                List.of(BinaryExpr.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        BinaryExpr binary = (BinaryExpr) node;
        if (!MetricsCalculator.isLogical(binary) || !isRoot(binary)) {
            return;
        }
        int operators = count(binary);
        int limit = context.threshold(this);
        if (operators <= limit) {
            return;
        }
        context.report(this, binary,
                "The condition at line " + RuleContext.line(binary) + " combines " + operators
                        + " boolean operators (limit " + limit + ") (Dive Deep): a reviewer has to decode it "
                        + "before they can check it.",
                "Give its parts names, e.g. `boolean inBounds = ...;`, or move it into a predicate method such as "
                        + "`isValidMove(...)`.");
    }

    private static boolean isRoot(BinaryExpr binary) {
        Node parent = binary.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || isNot(parent)) {
            parent = parent.getParentNode().orElse(null);
        }
        return !MetricsCalculator.isLogical(parent);
    }

    private static boolean isNot(Node node) {
        return node instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT;
    }

    private static int count(Node node) {
        if (node instanceof EnclosedExpr enclosed) {
            return count(enclosed.getInner());
        }
        if (isNot(node)) {
            return count(((UnaryExpr) node).getExpression());
        }
        if (MetricsCalculator.isLogical(node)) {
            BinaryExpr binary = (BinaryExpr) node;
            return 1 + count(binary.getLeft()) + count(binary.getRight());
        }
        return 0;
    }
}
