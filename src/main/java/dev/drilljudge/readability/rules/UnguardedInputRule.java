package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.Type;
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
 * A non-private method that dereferences, indexes or iterates a reference parameter before any null, empty or
 * bounds check on it. Reported once per parameter, at its first unguarded use.
 */
public final class UnguardedInputRule extends BaseRule {
    public static final String ID = "UNGUARDED_INPUT";
    private static final Set<String> INDEXING_CALLS = Set.of("get", "charAt", "getFirst", "getLast", "first",
            "last", "element", "firstKey", "lastKey", "substring");
    private static final Set<String> CONTRACT_METHODS = Set.of("equals", "compareTo", "compare");
    private static final Set<String> COLLECTION_TYPES = Set.of("String", "List", "Set", "Map", "Collection",
            "CharSequence", "ArrayList", "LinkedList", "HashMap", "HashSet", "TreeMap", "TreeSet", "Deque", "Queue");

    public UnguardedInputRule() {
        super(ID, Category.EDGE_CASES, Severity.MAJOR, OptionalInt.empty(),
                "A public method that indexes or dereferences its input with no null, empty or bounds check "
                        + "crashes on the first edge case a caller sends (Customer Obsession).",
                List.of(MethodDeclaration.class));
    }

    private enum Use { INDEX, ITERATE, DEREFERENCE }

    @Override
    public void visit(Node node, RuleContext context) {
        MethodDeclaration method = (MethodDeclaration) node;
        if (method.isPrivate() || method.getBody().isEmpty() || Callables.isOverride(method)
                || CONTRACT_METHODS.contains(method.getNameAsString())) {
            return;
        }
        Map<String, Parameter> watched = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            if (!parameter.getType().isPrimitiveType()) {
                watched.put(parameter.getNameAsString(), parameter);
            }
        }
        if (watched.isEmpty()) {
            return;
        }
        Scan scan = new Scan(context, method, watched, Callables.isMain(method));
        scan.visit(method.getBody().get());
    }

    /** One pre-order pass over the body: a guard settles a parameter, so does its first unguarded use. */
    private final class Scan {
        private final RuleContext context;
        private final MethodDeclaration method;
        private final Map<String, Parameter> watched;
        private final boolean isMain;
        private final Set<String> settled = new HashSet<>();

        Scan(RuleContext context, MethodDeclaration method, Map<String, Parameter> watched, boolean isMain) {
            this.context = context;
            this.method = method;
            this.watched = watched;
            this.isMain = isMain;
        }

        void visit(Node node) {
            if (settled.size() == watched.size() || isNestedType(node)) {
                return;
            }
            if (isGuardOrUse(node)) {
                inspect(node);
            }
            for (Node child : node.getChildNodes()) {
                visit(child);
            }
        }

        private void inspect(Node node) {
            for (String name : watched.keySet()) {
                if (settled.contains(name)) {
                    continue;
                }
                if (guards(node, name)) {
                    settled.add(name);
                    continue;
                }
                Use use = useOf(node, name);
                if (use != null && (!isMain || use == Use.INDEX)) {
                    settled.add(name);
                    report(context, method, watched.get(name), node, use);
                }
            }
        }
    }

    /** Only these node kinds can guard or use a parameter; everything else is walked past. */
    private static boolean isGuardOrUse(Node node) {
        return node instanceof MethodCallExpr || node instanceof FieldAccessExpr || node instanceof ArrayAccessExpr
                || node instanceof IfStmt || node instanceof BinaryExpr || node instanceof ConditionalExpr
                || node instanceof ForEachStmt || node instanceof WhileStmt;
    }

    /** Classes declared inside the method have methods of their own, checked on their own. */
    private static boolean isNestedType(Node node) {
        return node instanceof TypeDeclaration<?>
                || (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent());
    }

    private static boolean guards(Node node, String name) {
        if (node instanceof IfStmt ifStmt) {
            return Guards.checks(ifStmt.getCondition(), name);
        }
        if (node instanceof ConditionalExpr conditional) {
            return Guards.checks(conditional.getCondition(), name);
        }
        if (node instanceof WhileStmt loop) {
            return Guards.checks(loop.getCondition(), name);
        }
        if (node instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.AND
                || binary.getOperator() == BinaryExpr.Operator.OR)) {
            return Guards.checks(binary.getLeft(), name);
        }
        if (node instanceof MethodCallExpr call) {
            return Guards.isPreconditionOn(call, name);
        }
        return false;
    }

    private static Use useOf(Node node, String name) {
        if (node instanceof ArrayAccessExpr access && Guards.isName(access.getName(), name)) {
            return Use.INDEX;
        }
        if (node instanceof ForEachStmt loop && Guards.isName(loop.getIterable(), name)) {
            return Use.ITERATE;
        }
        if (node instanceof FieldAccessExpr access && Guards.isName(access.getScope(), name)) {
            return access.getNameAsString().equals("length") ? Use.ITERATE : Use.DEREFERENCE;
        }
        if (node instanceof MethodCallExpr call && call.getScope().filter(scope -> Guards.isName(scope, name)).isPresent()) {
            return INDEXING_CALLS.contains(call.getNameAsString()) ? Use.INDEX : Use.DEREFERENCE;
        }
        return null;
    }

    private void report(RuleContext context, MethodDeclaration method, Parameter parameter, Node at, Use use) {
        String name = parameter.getNameAsString();
        String what = switch (use) {
            case INDEX -> "indexes `" + name + "`";
            case ITERATE -> "walks `" + name + "`";
            case DEREFERENCE -> "dereferences `" + name + "`";
        };
        String risk = use == Use.INDEX ? "an empty or short input throws instead of getting an answer"
                : "a null input throws a bare NullPointerException instead of a clear answer or error";
        context.report(this, at,
                "`" + method.getNameAsString() + "` " + what + " at line " + RuleContext.line(at) + " (`" + snippet(context, at)
                        + "`) before checking it for null, empty or out-of-range input (Customer Obsession): "
                        + risk + ".",
                "Open `" + method.getNameAsString() + "` with a guard clause, e.g. `" + guardFor(parameter.getType(), name)
                        + "`, or reject bad input with `Objects.requireNonNull(" + name + ", \"" + name + "\")`.");
    }

    /** The source text of the use, cut short; read from the file, as pretty-printing a node is costly. */
    private static String snippet(RuleContext context, Node node) {
        String text = node instanceof ForEachStmt loop
                ? "for (... : " + context.sourceText(loop.getIterable()) + ")" : context.sourceText(node);
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static String guardFor(Type type, String name) {
        if (type instanceof ArrayType) {
            return "if (" + name + " == null || " + name + ".length == 0) { return ...; }";
        }
        String typeName = type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : "";
        if (COLLECTION_TYPES.contains(typeName)) {
            return "if (" + name + " == null || " + name + ".isEmpty()) { return ...; }";
        }
        return "if (" + name + " == null) { throw new IllegalArgumentException(\"" + name + " is required\"); }";
    }
}
