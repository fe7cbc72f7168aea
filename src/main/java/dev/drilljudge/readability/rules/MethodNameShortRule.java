package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** Method names shorter than the threshold (3), such as `f` or `go`; `of`, `id` and similar are idioms. */
public final class MethodNameShortRule extends BaseRule {
    public static final String ID = "METHOD_NAME_SHORT";
    private static final Set<String> IDIOMS = Set.of("of", "id", "to", "as", "at", "is", "on");

    public MethodNameShortRule() {
        super(ID, Category.NAMING, Severity.MINOR, OptionalInt.of(3),
                "A method name is the interface a reviewer reads first; `f` or `go` makes them read the body "
                        + "to learn what it does (Insist on the Highest Standards).",
                List.of(MethodDeclaration.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        MethodDeclaration method = (MethodDeclaration) node;
        String name = method.getNameAsString();
        if (name.length() >= context.threshold(this) || IDIOMS.contains(name)) {
            return;
        }
        context.report(this, method.getName(),
                "Method `" + name + "` at line " + RuleContext.line(method.getName()) + " does not say what it does "
                        + "(Insist on the Highest Standards): name it for its result or action, e.g. `countPaths` "
                        + "or `isValid`.",
                "Rename `" + name + "` to a verb phrase that says what it returns or does.");
    }
}
