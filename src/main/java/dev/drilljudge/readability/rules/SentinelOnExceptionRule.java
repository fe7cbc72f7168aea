package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/**
 * A catch block that turns the failure into a magic return value: `return -1`, `return 0`, `return null`,
 * `return ""`. The caller cannot tell "failed" from a real answer. `return false` from a boolean method (an
 * `isValid` check) and methods named to say so (`tryParse`, `...OrNull`, `...OrDefault`) are exempt.
 */
public final class SentinelOnExceptionRule extends BaseRule {
    public static final String ID = "SENTINEL_ON_EXCEPTION";

    public SentinelOnExceptionRule() {
        super(ID, Category.ERROR_HANDLING, Severity.MAJOR, OptionalInt.empty(),
                "Returning -1, 0, null or \"\" from a catch hides the failure inside a value that looks like an "
                        + "answer; the caller computes on with it and the incident surfaces far away (Earn Trust).",
                List.of(CatchClause.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        CatchClause catchClause = (CatchClause) node;
        List<Statement> statements = catchClause.getBody().getStatements();
        if (statements.isEmpty() || !(statements.get(statements.size() - 1) instanceof ReturnStmt returned)
                || returned.getExpression().isEmpty() || !isSentinel(returned.getExpression().get())
                || isNamedForIt(catchClause)) {
            return;
        }
        String value = context.sourceText(returned.getExpression().get());
        String caught = catchClause.getParameter().getType().asString();
        context.report(this, catchClause,
                "The catch at line " + RuleContext.line(catchClause) + " turns `" + caught + "` into `return " + value
                        + ";` (Earn Trust): the caller cannot tell the failure from a real answer and carries on with it.",
                "Let the exception reach the caller, or throw one that says what failed: `throw new "
                        + "IllegalArgumentException(\"...\", " + catchClause.getParameter().getNameAsString()
                        + ");`; if \"no answer\" is a normal outcome, return an `Optional`.");
    }

    private static boolean isSentinel(Expression value) {
        if (value instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS) {
            return unary.getExpression().isIntegerLiteralExpr() || unary.getExpression().isLongLiteralExpr();
        }
        if (value instanceof StringLiteralExpr text) {
            return text.getValue().isEmpty();
        }
        return value.isNullLiteralExpr() || value.isIntegerLiteralExpr() || value.isLongLiteralExpr()
                || value.isDoubleLiteralExpr();
    }

    private static boolean isNamedForIt(CatchClause catchClause) {
        return catchClause.findAncestor(MethodDeclaration.class).map(method -> {
            String name = method.getNameAsString();
            return name.startsWith("try") || name.endsWith("OrNull") || name.endsWith("OrDefault")
                    || name.endsWith("OrZero");
        }).orElse(false);
    }
}
