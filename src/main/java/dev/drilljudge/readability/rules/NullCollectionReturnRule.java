package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.Type;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** `return null` from a method that returns an array, a collection, a map, a stream or an Optional. */
public final class NullCollectionReturnRule extends BaseRule {
    public static final String ID = "NULL_COLLECTION_RETURN";
    private static final Set<String> CONTAINER_TYPES = Set.of("List", "ArrayList", "LinkedList", "Set", "HashSet",
            "TreeSet", "LinkedHashSet", "SortedSet", "NavigableSet", "Map", "HashMap", "TreeMap", "LinkedHashMap",
            "SortedMap", "NavigableMap", "Collection", "Iterable", "Queue", "Deque", "ArrayDeque", "PriorityQueue",
            "Stack", "Vector", "Stream", "IntStream", "LongStream", "Optional", "OptionalInt", "OptionalLong",
            "OptionalDouble", "Iterator");

    public NullCollectionReturnRule() {
        super(ID, Category.EDGE_CASES, Severity.MAJOR, OptionalInt.empty(),
                "Returning null where a collection, array or Optional is expected pushes a null check onto every "
                        + "caller, and the one who forgets crashes (Earn Trust); return an empty one instead.",
                List.of(ReturnStmt.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        ReturnStmt returnStmt = (ReturnStmt) node;
        if (returnStmt.getExpression().isEmpty() || !returnsNull(returnStmt.getExpression().get())) {
            return;
        }
        Optional<CallableDeclaration<?>> callable = Callables.enclosing(returnStmt);
        if (callable.isEmpty() || !(callable.get() instanceof MethodDeclaration method)) {
            return;
        }
        Type type = method.getType();
        String typeName = containerName(type);
        if (typeName == null) {
            return;
        }
        context.report(this, returnStmt,
                "`" + method.getNameAsString() + "` returns null for a `" + type.asString() + "` at line "
                        + RuleContext.line(returnStmt) + " (Earn Trust): every caller must remember a null check, "
                        + "and the one who forgets crashes.",
                "Return an empty value instead, e.g. `" + emptyValue(type, typeName) + "`.");
    }

    private static boolean returnsNull(Expression expression) {
        if (expression instanceof NullLiteralExpr) {
            return true;
        }
        if (expression instanceof ConditionalExpr conditional) {
            return returnsNull(conditional.getThenExpr()) || returnsNull(conditional.getElseExpr());
        }
        return expression.isEnclosedExpr() && returnsNull(expression.asEnclosedExpr().getInner());
    }

    private static String containerName(Type type) {
        if (type.isArrayType()) {
            return "array";
        }
        if (type.isClassOrInterfaceType()) {
            String name = type.asClassOrInterfaceType().getNameAsString();
            return CONTAINER_TYPES.contains(name) ? name : null;
        }
        return null;
    }

    private static String emptyValue(Type type, String typeName) {
        if (type.isArrayType()) {
            String element = type.getElementType().asString();
            return "new " + element + "[0]" + "[]".repeat(type.getArrayLevel() - 1);
        }
        return switch (typeName) {
            case "Optional", "OptionalInt", "OptionalLong", "OptionalDouble" -> typeName + ".empty()";
            case "Stream" -> "Stream.empty()";
            case "Map", "HashMap", "TreeMap", "LinkedHashMap", "SortedMap", "NavigableMap" -> "Map.of()";
            case "Set", "HashSet", "TreeSet", "LinkedHashSet", "SortedSet", "NavigableSet" -> "Set.of()";
            default -> "List.of()";
        };
    }
}
