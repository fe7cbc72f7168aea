package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/** `flag == true`, `done != false`: comparing with a boolean literal says the same thing twice. */
public final class BooleanLiteralCompareRule extends BaseRule {
    public static final String ID = "BOOLEAN_LITERAL_COMPARE";

    public BooleanLiteralCompareRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.empty(),
                "`flag == true` reads as if the writer was unsure what a boolean is; the condition itself says it "
                        + "(Insist on the Highest Standards).",
                List.of(BinaryExpr.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        BinaryExpr binary = (BinaryExpr) node;
        boolean equals = binary.getOperator() == BinaryExpr.Operator.EQUALS;
        if (!equals && binary.getOperator() != BinaryExpr.Operator.NOT_EQUALS) {
            return;
        }
        BooleanLiteralExpr literal;
        Expression other;
        if (binary.getRight() instanceof BooleanLiteralExpr right) {
            literal = right;
            other = binary.getLeft();
        } else if (binary.getLeft() instanceof BooleanLiteralExpr left) {
            literal = left;
            other = binary.getRight();
        } else {
            return;
        }
        String operand = context.sourceText(other);
        boolean positive = literal.getValue() == equals;
        String simpler = positive ? operand : (other.isNameExpr() || other.isMethodCallExpr() ? "!" + operand
                : "!(" + operand + ")");
        context.report(this, binary,
                "`" + context.sourceText(binary) + "` at line " + RuleContext.line(binary) + " compares a boolean with `"
                        + literal.getValue() + "` (Insist on the Highest Standards): the comparison adds nothing.",
                "Write `" + simpler + "`.");
    }
}
