package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/**
 * `System.out`/`System.err` printing or `printStackTrace()` left in a solution whose problem does not ask it to
 * print (`printsOutput` in problem.yaml). The demo harness is exempt: printing is what a program's entry point
 * does, and what a void `printBoard` is for.
 */
public final class DebugOutputRule extends BaseRule {
    public static final String ID = "DEBUG_OUTPUT";

    public DebugOutputRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.empty(),
                "Leftover debug printing in a method that returns its answer says the code was debugged by print "
                        + "and not cleaned up; in production it floods the logs nobody reads (Insist on the Highest Standards).",
                List.of(MethodCallExpr.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        MethodCallExpr call = (MethodCallExpr) node;
        boolean print = call.getNameAsString().startsWith("print") && isSystemStream(call);
        boolean stackTrace = call.getNameAsString().equals("printStackTrace") && call.getArguments().isEmpty();
        if ((!print && !stackTrace) || context.problem().printsOutput() || isInMain(call)
                || (print && isPrintingTemplateFunction(call, context))
                || (print && !context.problem().hasStarter() && printsAsItsOutput(call, context))) {
            return;
        }
        String what = stackTrace ? "`printStackTrace()`" : "`" + call.getScope().map(context::sourceText).orElse("")
                + "." + call.getNameAsString() + "`";
        context.report(this, call,
                what + " at line " + RuleContext.line(call) + " is debug output left in the answer (Insist on the "
                        + "Highest Standards): the method returns its result, so this only adds noise.",
                "Delete the print before submitting; to show your reasoning, say it aloud or in a comment.");
    }

    /**
     * HackerRank's template asks a void function to print its answer ("Complete the 'minimumBribes' function
     * below."): there the print is the output.
     */
    private static boolean isPrintingTemplateFunction(MethodCallExpr call, RuleContext context) {
        return Callables.enclosingThroughLambdas(call)
                .filter(callable -> callable instanceof com.github.javaparser.ast.body.MethodDeclaration method
                        && method.getType().isVoidType() && context.isNamedByTemplate(method.getNameAsString()))
                .isPresent();
    }

    /**
     * Without a problem to say whether the task prints, a void method that nothing computing an answer calls is
     * printing its output: the entry of a program that prints (`void countDistinct(int[] arr, int k)`, called by
     * no method of a file without `main`) or a step `main` runs. A void method a value-returning method calls is
     * debug output inside the answer, and one nothing calls beside a `main` is a debugging helper left behind.
     */
    private static boolean printsAsItsOutput(MethodCallExpr call, RuleContext context) {
        if (!(Callables.enclosingThroughLambdas(call).orElse(null) instanceof MethodDeclaration method)
                || !method.getType().isVoidType()) {
            return false;
        }
        List<MethodCallExpr> calls = FileIndex.of(context).callsOf(method).stream()
                .filter(other -> Callables.enclosingThroughLambdas(other).orElse(null) != method).toList();
        if (calls.isEmpty()) {
            return FileIndex.of(context).callablesNamed("main").stream().noneMatch(Callables::isMain);
        }
        return calls.stream().allMatch(other -> Callables.enclosingThroughLambdas(other)
                .filter(caller -> Callables.isMain(caller)
                        || (caller instanceof MethodDeclaration callerMethod && callerMethod.getType().isVoidType()))
                .isPresent());
    }

    private static boolean isSystemStream(MethodCallExpr call) {
        return call.getScope().orElse(null) instanceof FieldAccessExpr stream
                && (stream.getNameAsString().equals("out") || stream.getNameAsString().equals("err"))
                && stream.getScope().isNameExpr() && stream.getScope().asNameExpr().getNameAsString().equals("System");
    }

    private static boolean isInMain(Node node) {
        return Callables.enclosingThroughLambdas(node).filter(Callables::isDemoHarness).isPresent();
    }
}
