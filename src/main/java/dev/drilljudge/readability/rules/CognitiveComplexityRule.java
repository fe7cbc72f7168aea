package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.body.CallableDeclaration;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.OptionalInt;

/** Cognitive Complexity (G. Ann Campbell, SonarSource) above the threshold (15). */
public final class CognitiveComplexityRule extends MethodRule {
    public static final String ID = "COGNITIVE_COMPLEXITY";

    public CognitiveComplexityRule() {
        super(ID, Category.MODULARITY, Severity.MAJOR, OptionalInt.of(15),
                "Cognitive Complexity counts the breaks in linear flow a reader must hold in mind, weighted by "
                        + "nesting; above 15 a reviewer cannot verify the method in one read (Dive Deep).");
    }

    @Override
    void check(CallableDeclaration<?> callable, RuleContext context) {
        int complexity = metrics(callable, context).cognitiveComplexity();
        int limit = context.threshold(this);
        if (complexity <= limit) {
            return;
        }
        context.report(this, callable.getName(),
                name(callable) + " at line " + RuleContext.line(callable.getName()) + " has cognitive complexity "
                        + complexity + " (limit " + limit + ") (Dive Deep): a reviewer has to hold every branch and "
                        + "nesting level in mind at once to trust it.",
                "Split " + name(callable) + " into named steps: extract the inner loop or branch into a helper and "
                        + "return early instead of nesting.");
    }
}
