package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/** `printStackTrace()`, or a new exception thrown from a catch block without the caught one as its cause. */
public final class LostCauseRule extends BaseRule {
    public static final String ID = "LOST_CAUSE";

    public LostCauseRule() {
        super(ID, Category.ERROR_HANDLING, Severity.MAJOR, OptionalInt.empty(),
                "`printStackTrace()` reports to nobody and carries on; rethrowing without the cause throws away the "
                        + "root cause's stack trace, the first thing an on-call engineer needs (Dive Deep).",
                List.of(MethodCallExpr.class, ThrowStmt.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        if (node instanceof MethodCallExpr call) {
            if (call.getNameAsString().equals("printStackTrace")) {
                context.report(this, call,
                        "`printStackTrace()` at line " + RuleContext.line(call) + " writes to stderr and carries on "
                                + "(Ownership): the failure is neither handled nor reported to the caller.",
                        "Handle the failure, or rethrow it with context, e.g. `throw new IllegalStateException("
                                + "\"while ...\", e);`.");
            }
            return;
        }
        ThrowStmt throwStmt = (ThrowStmt) node;
        if (!(throwStmt.getExpression() instanceof ObjectCreationExpr creation)) {
            return;
        }
        CatchClause catchClause = enclosingCatch(throwStmt);
        if (catchClause == null) {
            return;
        }
        String caught = catchClause.getParameter().getNameAsString();
        for (Expression argument : creation.getArguments()) {
            if (Guards.isName(argument, caught)) {
                return;
            }
        }
        context.report(this, throwStmt,
                "The `" + creation.getType().asString() + "` thrown at line " + RuleContext.line(throwStmt) + " drops the caught `"
                        + caught + "` (Dive Deep): the root cause and its stack trace are lost to whoever debugs this.",
                "Pass the cause along: `throw new " + creation.getType().asString() + "(\"what failed\", " + caught + ");`.");
    }

    private static CatchClause enclosingCatch(Node node) {
        Node current = node.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof CatchClause catchClause) {
                return catchClause;
            }
            if (current instanceof LambdaExpr || current instanceof CallableDeclaration<?>
                    || current instanceof TypeDeclaration<?>) {
                return null;
            }
            current = current.getParentNode().orElse(null);
        }
        return null;
    }
}
