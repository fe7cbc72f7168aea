package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/**
 * A positive signal, never a finding: the leading `if (...) return/throw`, `Objects.requireNonNull` and
 * `Preconditions` calls of a method. Each one earns edge-case credit, unless it returns a made-up answer for
 * a case the problem rules out (`if (nums == null) return -1;` when `nums` is never null): that answers a question
 * the statement never asks, so it cannot be used to raise the score. Rejecting input with an exception always counts.
 * Only methods the answer runs earn it ({@link ReachableCode}): guards in a helper nobody calls protect nothing, and
 * would let uncalled code cancel real UNGUARDED_INPUT findings.
 */
public final class GuardClauseRule extends BaseRule {
    public static final String ID = "GUARD_CLAUSE";

    public GuardClauseRule() {
        super(ID, Category.EDGE_CASES, Severity.INFO, OptionalInt.empty(),
                "Positive signal: a method that opens by rejecting or short-circuiting bad input handles its edge "
                        + "cases explicitly (Customer Obsession); each guard clause earns edge-case credit.",
                List.of(MethodDeclaration.class, ConstructorDeclaration.class, CompactConstructorDeclaration.class));
    }

    @Override
    public boolean isSignal() {
        return true;
    }

    @Override
    public void visit(Node node, RuleContext context) {
        BlockStmt body = body(node);
        if (body == null || !ReachableCode.of(context).isReachable(node)) {
            return;
        }
        for (Statement statement : body.getStatements()) {
            if (!Guards.isGuardClause(statement, context)) {
                return;
            }
            if (statement instanceof IfStmt ifStmt && !throwsOut(ifStmt)
                    && RuledOutChecks.isRuledOut(ifStmt.getCondition(), node, context)) {
                continue;
            }
            context.signal(this, statement, "Guard clause at line " + RuleContext.line(statement)
                    + " handles an edge case before the main logic.");
        }
    }

    /** Rejecting bad input with an exception is always explicit; returning a made-up answer for it is not. */
    private static boolean throwsOut(IfStmt guard) {
        return Trees.contains(guard.getThenStmt(), com.github.javaparser.ast.stmt.ThrowStmt.class);
    }

    private static BlockStmt body(Node node) {
        if (node instanceof MethodDeclaration method) {
            return method.getBody().orElse(null);
        }
        if (node instanceof ConstructorDeclaration constructor) {
            return constructor.getBody();
        }
        return ((CompactConstructorDeclaration) node).getBody();
    }
}
