package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.body.CallableDeclaration;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.OptionalInt;

/** Methods and constructors with more parameters than the threshold (5). */
public final class ParametersRule extends MethodRule {
    public static final String ID = "PARAMETERS";

    public ParametersRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.of(5),
                "More than 5 parameters make an interface easy to call wrongly: two arguments of the same type "
                        + "can be swapped and the compiler will not notice (Insist on the Highest Standards).");
    }

    @Override
    void check(CallableDeclaration<?> callable, RuleContext context) {
        int count = callable.getParameters().size();
        int limit = context.threshold(this);
        if (count <= limit) {
            return;
        }
        context.report(this, callable.getName(),
                name(callable) + " at line " + RuleContext.line(callable.getName()) + " takes " + count
                        + " parameters (limit " + limit + ") (Insist on the Highest Standards): callers can swap two "
                        + "of them without the compiler noticing.",
                "Group the parameters that travel together into a record, or keep shared state in fields.");
    }
}
