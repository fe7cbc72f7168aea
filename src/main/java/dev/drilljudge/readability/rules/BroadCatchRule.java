package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.type.Type;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Catching Exception, RuntimeException, Throwable or Error. Exempt: `main`, the last-resort handler of a
 * program, and methods that declare `throws Exception` or `throws Throwable` themselves.
 */
public final class BroadCatchRule extends BaseRule {
    public static final String ID = "BROAD_CATCH";

    public BroadCatchRule() {
        super(ID, Category.ERROR_HANDLING, Severity.MAJOR, OptionalInt.empty(),
                "Catching Exception, RuntimeException, Throwable or Error also catches the bugs you did not "
                        + "expect and handles them as if you had (Dive Deep); catch what the code can throw.",
                List.of(CatchClause.class));
    }

    /**
     * A method that itself declares `throws Exception` (typically a wrapper around a Callable) already hands
     * every failure to its caller; its catch intercepts, it does not swallow.
     */
    private static boolean passesEverythingThrough(CallableDeclaration<?> callable) {
        for (ReferenceType thrown : callable.getThrownExceptions()) {
            String name = thrown.asString();
            if (name.equals("Exception") || name.equals("Throwable")
                    || name.equals("java.lang.Exception") || name.equals("java.lang.Throwable")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void visit(Node node, RuleContext context) {
        CatchClause catchClause = (CatchClause) node;
        Optional<CallableDeclaration<?>> callable = Callables.enclosingThroughLambdas(catchClause);
        if (callable.filter(method -> Callables.isMain(method) || passesEverythingThrough(method)).isPresent()) {
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
