package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A non-private method that sorts, fills or writes into an array or collection its caller passed in, unless the
 * problem's `inputs:` say the task is to change it in place. Reported once per parameter, at its first write.
 */
public final class InputMutatedRule extends BaseRule {
    public static final String ID = "INPUT_MUTATED";
    /** Static helpers whose first argument they reorder or overwrite, by class. */
    private static final Map<String, Set<String>> MUTATING_HELPERS = Map.of(
            "Arrays", Set.of("sort", "fill", "setAll", "parallelSort", "parallelSetAll", "parallelPrefix"),
            "Collections", Set.of("sort", "reverse", "shuffle", "swap", "fill", "rotate", "addAll"));
    private static final Set<UnaryExpr.Operator> INCREMENTS = Set.of(UnaryExpr.Operator.PREFIX_INCREMENT,
            UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT,
            UnaryExpr.Operator.POSTFIX_DECREMENT);
    private static final Set<String> COLLECTION_MUTATORS = Set.of("sort", "clear", "remove", "removeIf", "removeAll",
            "retainAll", "replaceAll", "set", "add", "addAll", "addFirst", "addLast", "put", "putAll", "poll",
            "pollFirst", "pollLast", "pop", "push", "offer");

    public InputMutatedRule() {
        super(ID, Category.MODULARITY, Severity.MAJOR, OptionalInt.empty(),
                "Sorting or writing into an array or collection the caller passed changes their data behind their "
                        + "back; the next caller that reuses it gets a wrong answer nobody can trace (Earn Trust).",
                List.of(MethodDeclaration.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        MethodDeclaration method = (MethodDeclaration) node;
        if (method.isPrivate() || method.getBody().isEmpty() || Callables.isMain(method)) {
            return;
        }
        Map<String, Parameter> watched = new java.util.LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            boolean inPlace = context.problem().input(parameter.getNameAsString()).inPlace();
            if (!parameter.getType().isPrimitiveType() && !inPlace) {
                watched.put(parameter.getNameAsString(), parameter);
            }
        }
        if (watched.isEmpty()) {
            return;
        }
        Set<String> reported = new HashSet<>();
        method.getBody().get().walk(Node.TreeTraversal.PREORDER, child -> {
            String written = writtenParameter(child, watched);
            if (written != null && reported.add(written)) {
                report(context, method, watched.get(written), child);
            }
        });
    }

    /** The parameter this node writes into, or null. */
    private static String writtenParameter(Node node, Map<String, Parameter> watched) {
        if (node instanceof AssignExpr assign && assign.getTarget() instanceof ArrayAccessExpr access) {
            return rootName(access, watched);
        }
        if (node instanceof UnaryExpr unary && unary.getExpression() instanceof ArrayAccessExpr access
                && INCREMENTS.contains(unary.getOperator())) {
            return rootName(access, watched);
        }
        if (node instanceof MethodCallExpr call) {
            if (call.getScope().orElse(null) instanceof NameExpr helper && !call.getArguments().isEmpty()
                    && MUTATING_HELPERS.getOrDefault(helper.getNameAsString(), Set.of()).contains(call.getNameAsString())) {
                return nameIn(call.getArgument(0), watched);
            }
            if (call.getScope().orElse(null) instanceof NameExpr receiver
                    && watched.containsKey(receiver.getNameAsString())
                    && !watched.get(receiver.getNameAsString()).getType().isArrayType()
                    && COLLECTION_MUTATORS.contains(call.getNameAsString())) {
                return receiver.getNameAsString();
            }
        }
        return null;
    }

    /** `grid[i][j]` is a write into `grid`. */
    private static String rootName(ArrayAccessExpr access, Map<String, Parameter> watched) {
        Expression base = access.getName();
        while (base instanceof ArrayAccessExpr inner) {
            base = inner.getName();
        }
        return nameIn(base, watched);
    }

    private static String nameIn(Expression expression, Map<String, Parameter> watched) {
        return expression instanceof NameExpr name && watched.containsKey(name.getNameAsString())
                ? name.getNameAsString() : null;
    }

    private void report(RuleContext context, MethodDeclaration method, Parameter parameter, Node at) {
        String name = parameter.getNameAsString();
        String type = parameter.getTypeAsString();
        String copyName = (context.sourceText(at).contains("sort") ? "sorted" : "working")
                + Identifiers.capitalize(name);
        String copy = parameter.getType().isArrayType() ? type + " " + copyName + " = " + name + ".clone();"
                : "var " + copyName + " = new ArrayList<>(" + name + ");";
        context.report(this, at,
                "`" + method.getNameAsString() + "` changes the caller's `" + name + "` at line " + RuleContext.line(at)
                        + " (`" + shorten(context.sourceText(at)) + "`) (Earn Trust): whoever passed it gets it back "
                        + "changed, and the problem does not ask for that.",
                "Work on a copy: `" + copy + "`.");
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
