package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.ReferenceType;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Throwing, or declaring `throws`, Exception, RuntimeException, Throwable or Error. `main`, @Override
 * methods and methods taking a Callable or an exception to rethrow are exempt from the `throws` check: their
 * signature is not theirs to choose.
 */
public final class RawThrowRule extends BaseRule {
    public static final String ID = "RAW_THROW";
    private static final Set<String> RELAYED_TYPES = Set.of("Callable", "Exception", "Throwable");

    public RawThrowRule() {
        super(ID, Category.ERROR_HANDLING, Severity.MINOR, OptionalInt.empty(),
                "Throwing or declaring a generic Exception, RuntimeException, Throwable or Error tells the caller "
                        + "nothing they can act on (Earn Trust); a specific type names the failure.",
                List.of(ThrowStmt.class, MethodDeclaration.class, ConstructorDeclaration.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        if (node instanceof ThrowStmt throwStmt) {
            if (throwStmt.getExpression() instanceof ObjectCreationExpr creation
                    && ExceptionTypes.isGeneric(creation.getType())) {
                report(context, creation, "`throw new " + creation.getType().asString() + "`");
            }
            return;
        }
        CallableDeclaration<?> callable = (CallableDeclaration<?>) node;
        if (Callables.isMain(callable) || Callables.isOverride(callable) || relaysWhatItIsGiven(callable)) {
            return;
        }
        for (ReferenceType thrown : callable.getThrownExceptions()) {
            if (ExceptionTypes.isGeneric(thrown)) {
                report(context, thrown, "`throws " + thrown.asString() + "`");
                return;
            }
        }
    }

    /**
     * `call(Callable<T> operation) throws Exception` passes on what the Callable throws, and
     * `rethrow(Exception failure) throws Exception` what it is handed: the signature is not a choice.
     */
    private static boolean relaysWhatItIsGiven(CallableDeclaration<?> callable) {
        for (Parameter parameter : callable.getParameters()) {
            Type type = parameter.getType();
            if (type.isClassOrInterfaceType() && RELAYED_TYPES.contains(type.asClassOrInterfaceType().getNameAsString())) {
                return true;
            }
        }
        return false;
    }

    private void report(RuleContext context, Node at, String what) {
        context.report(this, at,
                what + " at line " + RuleContext.line(at) + " tells the caller nothing they can act on (Earn Trust): "
                        + "a specific exception type names the failure.",
                "Use a specific type: `IllegalArgumentException` for bad input, `IllegalStateException` for a "
                        + "broken invariant, `UncheckedIOException` for I/O, or an exception class of your own.");
    }
}
