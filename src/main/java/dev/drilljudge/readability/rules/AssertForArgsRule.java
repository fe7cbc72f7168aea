package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** `assert` used to validate an argument of a non-private method: assertions are off unless -ea is given. */
public final class AssertForArgsRule extends BaseRule {
    public static final String ID = "ASSERT_FOR_ARGS";

    public AssertForArgsRule() {
        super(ID, Category.EDGE_CASES, Severity.MINOR, OptionalInt.empty(),
                "`assert` is disabled in production JVMs, so an argument check written with it never runs for the "
                        + "caller it should protect (Ownership); use an explicit check that throws.",
                List.of(AssertStmt.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        AssertStmt assertion = (AssertStmt) node;
        Optional<CallableDeclaration<?>> callable = Callables.enclosingThroughLambdas(assertion);
        if (callable.isEmpty() || callable.get().isPrivate()) {
            return;
        }
        Optional<String> argument = checkedParameter(assertion, callable.get());
        if (argument.isEmpty()) {
            return;
        }
        String name = argument.get();
        context.report(this, assertion,
                "The `assert` at line " + RuleContext.line(assertion) + " checks argument `" + name + "` of "
                        + Callables.label(callable.get()) + ", but assertions are off in production (Ownership): "
                        + "the check never runs for the caller it should protect.",
                "Replace it with an explicit check, e.g. `if (!(" + context.sourceText(assertion.getCheck()) + ")) { throw new "
                        + "IllegalArgumentException(\"...\"); }` or `Objects.requireNonNull(" + name + ", \"" + name + "\")`.");
    }

    private static Optional<String> checkedParameter(AssertStmt assertion, CallableDeclaration<?> callable) {
        for (NameExpr name : Trees.all(assertion.getCheck(), NameExpr.class)) {
            for (Parameter parameter : callable.getParameters()) {
                if (parameter.getNameAsString().equals(name.getNameAsString())) {
                    return Optional.of(name.getNameAsString());
                }
            }
        }
        return Optional.empty();
    }
}
