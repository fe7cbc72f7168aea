package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.Type;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/**
 * A catch of InterruptedException that neither restores the interrupt flag nor rethrows: a comment in the block does
 * not help, the thread's owner has still lost the request to stop.
 */
public final class SwallowedInterruptRule extends BaseRule {
    public static final String ID = "SWALLOWED_INTERRUPT";

    public SwallowedInterruptRule() {
        super(ID, Category.ERROR_HANDLING, Severity.CRITICAL, OptionalInt.empty(),
                "Catching InterruptedException without `Thread.currentThread().interrupt()` or a rethrow loses a "
                        + "shutdown or cancel request: the thread keeps running when its owner asked it to stop (Ownership).",
                List.of(CatchClause.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        CatchClause catchClause = (CatchClause) node;
        if (!catchesInterrupt(catchClause.getParameter().getType()) || handles(catchClause)) {
            return;
        }
        String variable = catchClause.getParameter().getNameAsString();
        context.report(this, catchClause,
                "The catch at line " + RuleContext.line(catchClause) + " swallows the interrupt (Ownership): whoever "
                        + "interrupted this thread to cancel or shut it down is ignored, and the thread carries on.",
                "Restore the flag before leaving: `Thread.currentThread().interrupt();`, then stop the work (return or "
                        + "throw), or let `" + variable + "` propagate by declaring `throws InterruptedException`.");
    }

    private static boolean catchesInterrupt(Type type) {
        if (type.isUnionType()) {
            return type.asUnionType().getElements().stream().anyMatch(SwallowedInterruptRule::catchesInterrupt);
        }
        return type.isClassOrInterfaceType()
                && type.asClassOrInterfaceType().getNameAsString().equals("InterruptedException");
    }

    /** The block re-interrupts the thread, or throws (a rethrow, or a wrapper exception: the caller learns of it). */
    private static boolean handles(CatchClause catchClause) {
        return Trees.contains(catchClause.getBody(), MethodCallExpr.class,
                call -> call.getNameAsString().equals("interrupt"))
                || Trees.contains(catchClause.getBody(), ThrowStmt.class);
    }
}
