package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.body.CallableDeclaration;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.OptionalInt;

/** McCabe cyclomatic complexity above the threshold (10). */
public final class CyclomaticRule extends MethodRule {
    public static final String ID = "CYCLOMATIC";

    public CyclomaticRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.of(10),
                "Cyclomatic complexity counts independent paths (1 + if, loops, case labels, catch, ?:, && and ||); "
                        + "above 10, each needs its own test and few get one (Dive Deep).");
    }

    @Override
    void check(CallableDeclaration<?> callable, RuleContext context) {
        int paths = metrics(callable, context).cyclomaticComplexity();
        int limit = context.threshold(this);
        if (paths <= limit) {
            return;
        }
        context.report(this, callable.getName(),
                name(callable) + " at line " + RuleContext.line(callable.getName()) + " has " + paths
                        + " independent paths (limit " + limit + ") (Dive Deep): each one is a case to test, and "
                        + "an interviewer will ask which ones you did.",
                "Move each decision that stands on its own into a small method named for it.");
    }
}
