package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A method that sorts, fills or writes into an array or collection its caller passed in, directly or through a
 * helper of the file it hands the parameter to, unless the problem's `inputs:` say the task is to change it in
 * place. Reported once per parameter, at its first write, in the method the caller calls: a helper's write is
 * reported where the entry method passes its parameter to it. A method that returns nothing, or returns the very
 * parameter it changed, is changing it in place by its signature (`void rotate(int[][] matrix)`), and is exempt.
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
        if (method.isPrivate() || method.getBody().isEmpty() || Callables.isMain(method)
                || method.getType().isVoidType() || FileIndex.of(context).isCalledByAnotherMethod(method)) {
            return;
        }
        Map<String, Parameter> watched = watchedParameters(method, context);
        if (watched.isEmpty()) {
            return;
        }
        Set<String> reported = new HashSet<>();
        PreOrderIndex.of(context).forEach(method.getBody().get(), child -> {
            String written = writtenParameter(child, watched, context);
            if (written != null && reported.add(written)) {
                report(context, method, watched.get(written), child);
            }
        });
    }

    /**
     * Arrays and collections the caller owns: not primitives, not ruled in place, and not handed back as the result
     * (`return board;`: the method gives the changed input back as its answer).
     */
    private static Map<String, Parameter> watchedParameters(CallableDeclaration<?> method, RuleContext context) {
        Map<String, Parameter> watched = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            boolean inPlace = context.problem().input(parameter.getNameAsString()).inPlace();
            if (!parameter.getType().isPrimitiveType() && !inPlace
                    && !NameHints.returnedNames(method, context).contains(parameter.getNameAsString())) {
                watched.put(parameter.getNameAsString(), parameter);
            }
        }
        return watched;
    }

    /** The parameter this node writes into, or null. */
    private static String writtenParameter(Node node, Map<String, Parameter> watched, RuleContext context) {
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
            return passedToMutatingHelper(call, watched, context);
        }
        return null;
    }

    /** `swap(nums, i, j)` or `sink(grid, row, column)` where that method of the file writes into that argument. */
    private static String passedToMutatingHelper(MethodCallExpr call, Map<String, Parameter> watched,
                                                 RuleContext context) {
        for (CallableDeclaration<?> callee : FileIndex.of(context).callees(call)) {
            for (int position : context.shared(Writes.class, context.unit(), unit -> new Writes()).of(callee, context)) {
                String name = nameIn(call.getArgument(position), watched);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * Which parameter positions each method of the file writes into, directly or through the helpers it calls,
     * computed once per method. A recursive call being worked out counts as writing nothing more.
     */
    private static final class Writes {
        private final Map<CallableDeclaration<?>, Set<Integer>> positions = new java.util.IdentityHashMap<>();

        Set<Integer> of(CallableDeclaration<?> callable, RuleContext context) {
            Set<Integer> known = positions.get(callable);
            if (known != null) {
                return known;
            }
            positions.put(callable, Set.of());
            Map<String, Parameter> parameters = new LinkedHashMap<>();
            callable.getParameters().forEach(parameter -> {
                if (!parameter.getType().isPrimitiveType()) {
                    parameters.put(parameter.getNameAsString(), parameter);
                }
            });
            Set<Integer> written = new HashSet<>();
            if (!parameters.isEmpty()) {
                PreOrderIndex.of(context).forEach(callable, child -> {
                    String name = writtenParameter(child, parameters, context);
                    if (name != null) {
                        written.add(callable.getParameters().indexOf(parameters.get(name)));
                    }
                });
            }
            positions.put(callable, Set.copyOf(written));
            return positions.get(callable);
        }
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
