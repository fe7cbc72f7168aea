package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/**
 * An `if` with no `else` whose whole body is another `if` with no `else` (Sonar S1066, "Mergeable if statements should
 * be combined"; PMD CollapsibleIfStatements): `if (a) { if (b) { ... } }` is `if (a && b) { ... }` with one level of
 * nesting more for the reader to track. Reported at the outer `if`. The last branch of an `else if` chain is exempt:
 * its nested `if` keeps it shaped like the chain's other branches.
 */
public final class CollapsibleIfRule extends BaseRule {
    public static final String ID = "COLLAPSIBLE_IF";

    public CollapsibleIfRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.empty(),
                "An `if` whose only statement is another `if` nests one condition in another for nothing: the "
                        + "reader tracks two levels where `&&` says it in one (Insist on the Highest Standards).",
                List.of(IfStmt.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        IfStmt outer = (IfStmt) node;
        if (outer.getElseStmt().isPresent() || isElseIf(outer)) {
            return;
        }
        IfStmt inner = onlyIf(outer.getThenStmt());
        if (inner == null || inner.getElseStmt().isPresent()) {
            return;
        }
        int line = RuleContext.line(outer);
        context.report(this, outer,
                "The `if` at line " + line + " holds nothing but the `if` at line " + RuleContext.line(inner)
                        + " (Insist on the Highest Standards): two levels of nesting say what one condition joined "
                        + "with `&&` says.",
                "Merge them: `if ((" + context.sourceText(outer.getCondition()) + ") && (" + context.sourceText(
                        inner.getCondition()) + "))`, or give the joined condition a name.");
    }

    /**
     * The last branch of an `else if` chain: each branch of the chain tests one case, and the nested `if` keeps this
     * branch shaped like its siblings (`else if (dead) { if (neighbours == 3) ... }` in the Game of Life).
     */
    private static boolean isElseIf(IfStmt statement) {
        return statement.getParentNode().filter(parent -> parent instanceof IfStmt chain
                && chain.getElseStmt().filter(elseBranch -> elseBranch == statement).isPresent()).isPresent();
    }

    private static IfStmt onlyIf(Statement body) {
        if (body instanceof IfStmt nested) {
            return nested;
        }
        if (body instanceof BlockStmt block && block.getStatements().size() == 1
                && block.getStatements().get(0) instanceof IfStmt nested) {
            return nested;
        }
        return null;
    }
}
