package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.type.Type;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/**
 * Catching Exception, RuntimeException, Throwable or Error. A `main` method is exempt: it is the last-resort
 * handler of a program.
 */
public final class BroadCatchRule extends BaseRule {
    public static final String ID = "BROAD_CATCH";

    public BroadCatchRule() {
        super(ID, Category.ERROR_HANDLING, Severity.MAJOR, OptionalInt.empty(),
                "Catching Exception, RuntimeException, Throwable or Error also catches the bugs you did not "
                        + "expect and handles them as if you had (Dive Deep); catch what the code can throw.",
                List.of(CatchClause.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        CatchClause catchClause = (CatchClause) node;
        if (Callables.enclosingThroughLambdas(catchClause).filter(Callables::isMain).isPresent()) {
            return;
        }
        for (Type type : ExceptionTypes.alternatives(catchClause.getParameter().getType())) {
            if (ExceptionTypes.isGeneric(type)) {
                context.report(this, type,
                        "Catching `" + type.asString() + "` at line " + RuleContext.line(type) + " also catches the bugs you did "
                                + "not expect and treats them like the failure you did (Dive Deep).",
                        "Catch the specific exceptions the try block throws, e.g. `NumberFormatException` or "
                                + "`IOException`, and let the rest surface.");
                return;
            }
        }
    }
}
