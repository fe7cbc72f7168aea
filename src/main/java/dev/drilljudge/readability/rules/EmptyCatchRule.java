package dev.drilljudge.readability.rules;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** An empty catch block, unless it holds a comment saying why or its variable is named `ignored`. */
public final class EmptyCatchRule extends BaseRule {
    public static final String ID = "EMPTY_CATCH";
    private static final Set<String> DELIBERATE_NAMES = Set.of("ignored", "_");

    public EmptyCatchRule() {
        super(ID, Category.ERROR_HANDLING, Severity.CRITICAL, OptionalInt.empty(),
                "An empty catch swallows the failure: the program carries on with bad state and nobody learns why "
                        + "(Ownership). A comment saying why, or a variable named `ignored`, marks it deliberate.",
                List.of(CatchClause.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        CatchClause catchClause = (CatchClause) node;
        BlockStmt body = catchClause.getBody();
        String variable = catchClause.getParameter().getNameAsString();
        if (!body.getStatements().isEmpty() || DELIBERATE_NAMES.contains(variable) || hasComment(body, context)) {
            return;
        }
        String type = catchClause.getParameter().getType().asString();
        context.report(this, catchClause,
                "The catch at line " + RuleContext.line(catchClause) + " swallows `" + type + "` silently "
                        + "(Ownership): when this fails in production, nobody will know what happened or why.",
                "Handle it, rethrow it with context (`throw new IllegalStateException(\"...\", " + variable
                        + ")`), or, if ignoring it is right, name the variable `ignored` and say why in a comment.");
    }

    private static boolean hasComment(BlockStmt body, RuleContext context) {
        Range range = body.getRange().orElse(null);
        if (range == null) {
            return false;
        }
        for (Comment comment : context.comments()) {
            if (comment.getRange().filter(range::strictlyContains).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
