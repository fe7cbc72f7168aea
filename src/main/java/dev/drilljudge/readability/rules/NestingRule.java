package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.body.CallableDeclaration;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.OptionalInt;

/** Control structures (if, loops, switch) nested deeper than the threshold (3); try blocks do not count. */
public final class NestingRule extends MethodRule {
    public static final String ID = "NESTING";

    public NestingRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.of(3),
                "Code nested more than 3 levels deep (if, loops, switch; else-if chains count once, try does not) makes "
                        + "the reader track every enclosing condition (Dive Deep).");
    }

    @Override
    void check(CallableDeclaration<?> callable, RuleContext context) {
        MethodMetrics metrics = metrics(callable, context);
        int limit = context.threshold(this);
        if (metrics.maxNesting() <= limit) {
            return;
        }
        int line = RuleContext.line(metrics.deepestNode());
        context.report(this, metrics.deepestNode(),
                "Code at line " + line + " in " + name(callable) + " is nested " + metrics.maxNesting()
                        + " levels deep (limit " + limit + ") (Dive Deep): the reader must keep every enclosing "
                        + "condition in mind to know when it runs.",
                "Flatten it: turn conditions into guard clauses (`if (!valid) continue;`) or extract the inner "
                        + "block into a method.");
    }
}
