package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An exception created without a message, e.g. `new IllegalArgumentException()`.
 * UnsupportedOperationException is exempt: its type says everything.
 */
public final class ExceptionWithoutMessageRule extends BaseRule {
    public static final String ID = "EXCEPTION_WITHOUT_MESSAGE";
    private static final Set<String> SELF_EXPLAINING = Set.of("UnsupportedOperationException");

    public ExceptionWithoutMessageRule() {
        super(ID, Category.ERROR_HANDLING, Severity.MINOR, OptionalInt.empty(),
                "An exception without a message leaves whoever reads the log guessing which input was wrong and "
                        + "why (Earn Trust); alarms should be actionable.",
                List.of(ObjectCreationExpr.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        ObjectCreationExpr creation = (ObjectCreationExpr) node;
        String type = creation.getType().getNameAsString();
        if (!creation.getArguments().isEmpty() || creation.getAnonymousClassBody().isPresent()
                || !(type.endsWith("Exception") || type.endsWith("Error")) || SELF_EXPLAINING.contains(type)) {
            return;
        }
        context.report(this, creation,
                "`new " + type + "()` at line " + RuleContext.line(creation) + " has no message (Earn Trust): whoever "
                        + "sees it cannot tell what went wrong or with which value.",
                "Say what was wrong and with which value, e.g. `new " + type + "(\"k must be positive, was \" + k)`.");
    }
}
