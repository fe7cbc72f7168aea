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
 * UnsupportedOperationException is exempt: its type says everything; so is EmptyStackException, which has no
 * constructor that takes a message. So is a `NullPointerException` thrown by an `if (x == null)` check, which is what
 * `Objects.requireNonNull(x)` throws, and a `NoSuchElementException` from a method without parameters (an iterator's
 * `next()`, a stack's `pop()`): there is no input to name, only the structure's own emptiness, and the JDK's
 * collections throw it the same way.
 */
public final class ExceptionWithoutMessageRule extends BaseRule {
    public static final String ID = "EXCEPTION_WITHOUT_MESSAGE";
    private static final Set<String> SELF_EXPLAINING = Set.of("UnsupportedOperationException", "EmptyStackException");

    public ExceptionWithoutMessageRule() {
        super(ID, Category.ERROR_HANDLING, Severity.MINOR, OptionalInt.empty(),
                "An exception without a message leaves whoever reads the log guessing which input was wrong and "
                        + "why (Earn Trust); alarms should be actionable.",
                List.of(ObjectCreationExpr.class));
    }

    /**
     * `if (intervals == null) throw new NullPointerException();`: the JDK's own null check,
     * `Objects.requireNonNull(intervals)`, throws the same message-less exception; the condition and the stack trace
     * say which value was null.
     */
    private static boolean isNullCheck(ObjectCreationExpr creation, String type) {
        if (!type.equals("NullPointerException")
                || !(creation.getParentNode().orElse(null) instanceof com.github.javaparser.ast.stmt.ThrowStmt thrown)) {
            return false;
        }
        Node holder = thrown.getParentNode().orElse(null);
        if (holder instanceof com.github.javaparser.ast.stmt.BlockStmt block && block.getStatements().size() == 1) {
            holder = block.getParentNode().orElse(null);
        }
        return holder instanceof com.github.javaparser.ast.stmt.IfStmt check
                && check.getCondition() instanceof com.github.javaparser.ast.expr.BinaryExpr comparison
                && comparison.getOperator() == com.github.javaparser.ast.expr.BinaryExpr.Operator.EQUALS
                && (comparison.getRight().isNullLiteralExpr() || comparison.getLeft().isNullLiteralExpr());
    }

    private static boolean isEmptyStructureAccess(ObjectCreationExpr creation, String type) {
        return type.equals("NoSuchElementException") && Callables.enclosing(creation)
                .filter(callable -> callable instanceof com.github.javaparser.ast.body.MethodDeclaration method
                        && method.getParameters().isEmpty()).isPresent();
    }

    @Override
    public void visit(Node node, RuleContext context) {
        ObjectCreationExpr creation = (ObjectCreationExpr) node;
        String type = creation.getType().getNameAsString();
        if (!creation.getArguments().isEmpty() || creation.getAnonymousClassBody().isPresent()
                || !(type.endsWith("Exception") || type.endsWith("Error")) || SELF_EXPLAINING.contains(type)
                || isNullCheck(creation, type) || isEmptyStructureAccess(creation, type)) {
            return;
        }
        context.report(this, creation,
                "`new " + type + "()` at line " + RuleContext.line(creation) + " has no message (Earn Trust): whoever "
                        + "sees it cannot tell what went wrong or with which value.",
                "Say what was wrong and with which value, e.g. `new " + type + "(\"k must be positive, was \" + k)`.");
    }
}
