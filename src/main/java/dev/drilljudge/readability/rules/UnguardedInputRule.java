package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.drilljudge.problem.InputSpec;
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
 * A non-private method whose input reaches a use that throws on an input the problem allows: `x[0]`,
 * `s.charAt(0)`, `list.get(0)`, `first()`, `next()`, `pop()`, the last element, or a division by a size, on an
 * input that may be empty; or any dereference of an input the problem's `inputs:` say may be null. Loops, for-each
 * and streams handle an empty input already and are never findings. A check on the input (null, length, size,
 * isEmpty, hasNext) in an `if`, a loop condition, a `?:` or the left side of `&&`/`||` guards it; so does an
 * earlier `if` or a precondition call. Reported once per parameter, at its first unguarded use.
 */
public final class UnguardedInputRule extends BaseRule {
    public static final String ID = "UNGUARDED_INPUT";
    /** Calls that throw (or return null to crash later) when their receiver is empty. */
    private static final Set<String> FIRST_ELEMENT_CALLS = Set.of("first", "last", "getFirst", "getLast", "firstKey",
            "lastKey", "element", "next", "pop", "peek", "remove", "removeFirst", "removeLast", "firstEntry",
            "lastEntry");
    private static final Set<String> INDEXING_CALLS = Set.of("get", "charAt", "codePointAt");
    private static final Set<String> CONTRACT_METHODS = Set.of("equals", "compareTo", "compare");

    public UnguardedInputRule() {
        super(ID, Category.EDGE_CASES, Severity.MAJOR, OptionalInt.empty(),
                "Reading the first element of an input the problem allows to be empty (or dereferencing one it allows "
                        + "to be null) crashes on the first edge case a caller sends (Customer Obsession).",
                List.of(MethodDeclaration.class));
    }

    private enum Failure { EMPTY, EMPTY_ROW, NULL }

    private record Use(Failure failure, String what) {
    }

    @Override
    public void visit(Node node, RuleContext context) {
        MethodDeclaration method = (MethodDeclaration) node;
        if (method.isPrivate() || method.getBody().isEmpty() || Callables.isOverride(method)
                || CONTRACT_METHODS.contains(method.getNameAsString())) {
            return;
        }
        Map<String, InputSpec> watched = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            if (!parameter.getType().isPrimitiveType()) {
                InputSpec spec = context.problem().input(parameter.getNameAsString());
                watched.put(parameter.getNameAsString(), Callables.isMain(method) ? withNonNull(spec) : spec);
            }
        }
        if (!watched.isEmpty()) {
            new Scan(context, method, watched, new SizeAliases(watched.keySet())).visit(method.getBody().get());
        }
    }

    /** The JVM never passes a null `args`; its length is still the caller's to choose. */
    private static InputSpec withNonNull(InputSpec spec) {
        return new InputSpec(true, spec.nonEmpty(), spec.minLength(), spec.maxLength(), spec.min(), spec.max(),
                spec.elements(), spec.inPlace());
    }

    /** One pre-order pass over the body: an earlier `if` on a parameter settles it, so does its first report. */
    private final class Scan {
        private final RuleContext context;
        private final MethodDeclaration method;
        private final Map<String, InputSpec> watched;
        private final SizeAliases aliases;
        private final Set<String> settledNull = new HashSet<>();
        private final Set<String> settledEmpty = new HashSet<>();
        private final Set<String> settledRow = new HashSet<>();
        /** Inputs whose spec has had the file's stated constraints added (plain lint only). */
        private final Set<String> statedConstraintsRead = new HashSet<>();

        Scan(RuleContext context, MethodDeclaration method, Map<String, InputSpec> watched, SizeAliases aliases) {
            this.context = context;
            this.method = method;
            this.watched = watched;
            this.aliases = aliases;
        }

        void visit(Node node) {
            if (isNestedType(node)) {
                return;
            }
            aliases.record(node);
            if (node instanceof IfStmt ifStmt) {
                settleChecksIn(ifStmt.getCondition());
            } else if (node instanceof MethodCallExpr call && Guards.isPreconditionCall(call, context)) {
                for (String name : watched.keySet()) {
                    if (Guards.isPreconditionOn(call, name, context)) {
                        settledNull.add(name);
                        settledEmpty.add(name);
                    }
                }
            }
            if (node instanceof ArrayAccessExpr || node instanceof MethodCallExpr || node instanceof FieldAccessExpr
                    || node instanceof BinaryExpr || node instanceof ForEachStmt) {
                inspect(node);
            }
            List<Node> children = node.getChildNodes();
            for (int index = 0, size = children.size(); index < size; index++) {
                visit(children.get(index));
            }
        }

        private void settleChecksIn(Expression condition) {
            for (String name : watched.keySet()) {
                if (Guards.checksNull(condition, name)) {
                    settledNull.add(name);
                }
                if (Guards.checksSize(condition, name) || aliases.checks(condition, name)) {
                    settledEmpty.add(name);
                    settledNull.add(name);
                }
                if (checksRowSize(condition, name)) {
                    settledRow.add(name);
                }
            }
        }

        private void inspect(Node node) {
            for (Map.Entry<String, InputSpec> entry : watched.entrySet()) {
                String name = entry.getKey();
                Use use = failingUse(node, name, entry.getValue());
                if (use != null && statedConstraintsRead.add(name) && !context.problem().hasStarter()) {
                    // read only when a use would be reported: most files never need the comments parsed
                    entry.setValue(StatedConstraints.of(context).applyTo(name, entry.getValue()));
                    use = failingUse(node, name, entry.getValue());
                }
                if (use == null) {
                    continue;
                }
                Set<String> settled = switch (use.failure()) {
                    case NULL -> settledNull;
                    case EMPTY -> settledEmpty;
                    case EMPTY_ROW -> settledRow;
                };
                if (settled.contains(name) || guardedByEnclosingCondition(node, name, use.failure(), aliases)) {
                    continue;
                }
                boolean rowsMayBeMissing = !entry.getValue().hasIndex(0) && !settledEmpty.contains(name)
                        && !guardedByEnclosingCondition(node, name, Failure.EMPTY, aliases);
                if (use.failure() == Failure.EMPTY_ROW && rowsMayBeMissing) {
                    continue; // the row access inside reports the missing row first
                }
                settledNull.add(name);
                settledEmpty.add(name);
                report(context, method, name, entry.getValue(), node, use);
            }
        }
    }

    /** A use of `name` in this node that throws on an input the spec allows, or null. */
    private static Use failingUse(Node node, String name, InputSpec spec) {
        if (!spec.nonNull() && dereferences(node, name)) {
            return new Use(Failure.NULL, "may be null");
        }
        if (node instanceof ArrayAccessExpr access) {
            return indexUse(access, name, spec);
        }
        if (node instanceof MethodCallExpr call && call.getScope().filter(scope -> Guards.isName(scope, name)).isPresent()) {
            String method = call.getNameAsString();
            if (FIRST_ELEMENT_CALLS.contains(method) && call.getArguments().isEmpty() && !spec.hasIndex(0)) {
                return new Use(Failure.EMPTY, emptiness(spec, 1));
            }
            if (INDEXING_CALLS.contains(method) && call.getArguments().size() == 1) {
                int needed = neededLength(call.getArgument(0), name);
                if (needed > 0 && spec.guaranteedMinLength() < needed) {
                    return new Use(Failure.EMPTY, emptiness(spec, needed));
                }
            }
        }
        if (node instanceof MethodCallExpr call && call.getNameAsString().equals("next") && call.getArguments().isEmpty()
                && call.getScope().orElse(null) instanceof MethodCallExpr iterator
                && iterator.getNameAsString().equals("iterator")
                && iterator.getScope().filter(scope -> Guards.isName(scope, name)).isPresent() && !spec.hasIndex(0)) {
            return new Use(Failure.EMPTY, emptiness(spec, 1));
        }
        if (node instanceof BinaryExpr division && (division.getOperator() == BinaryExpr.Operator.DIVIDE
                || division.getOperator() == BinaryExpr.Operator.REMAINDER)
                && SizeAliases.isSizeOf(division.getRight(), name) && !spec.hasIndex(0)
                && !FloatingPoint.is(division.getLeft())) {
            return new Use(Failure.EMPTY, emptiness(spec, 1) + ", so the division by its size divides by zero");
        }
        return null;
    }

    /** `x[2]` needs length 3; `x[x.length - 1]` needs 1; `grid[0][0]` needs a first row with a first cell. */
    private static Use indexUse(ArrayAccessExpr access, String name, InputSpec spec) {
        if (Guards.isName(access.getName(), name)) {
            int needed = neededLength(access.getIndex(), name);
            return needed > 0 && spec.guaranteedMinLength() < needed ? new Use(Failure.EMPTY, emptiness(spec, needed))
                    : null;
        }
        if (access.getName() instanceof ArrayAccessExpr row && Guards.isName(row.getName(), name)
                && neededLength(row.getIndex(), name) > 0) {
            int neededCells = constantIndex(access.getIndex()) + 1;
            if (neededCells > 0 && spec.elementSpec().guaranteedMinLength() < neededCells) {
                return new Use(Failure.EMPTY_ROW, "may have an empty row");
            }
        }
        return null;
    }

    /** Length an index needs: constant c needs c + 1, `name.length - k` needs k; 0 when unknown (a loop variable). */
    private static int neededLength(Expression index, String name) {
        int constant = constantIndex(index);
        if (constant >= 0) {
            return constant + 1;
        }
        if (index instanceof BinaryExpr minus && minus.getOperator() == BinaryExpr.Operator.MINUS
                && SizeAliases.isSizeOf(minus.getLeft(), name)) {
            int offset = constantIndex(minus.getRight());
            return offset > 0 ? offset : 0;
        }
        return 0;
    }

    private static int constantIndex(Expression index) {
        if (index instanceof IntegerLiteralExpr literal) {
            try {
                return IntegerLiterals.value(literal);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean dereferences(Node node, String name) {
        if (node instanceof ArrayAccessExpr access) {
            return Guards.isName(access.getName(), name);
        }
        if (node instanceof FieldAccessExpr access) {
            return Guards.isName(access.getScope(), name);
        }
        if (node instanceof MethodCallExpr call) {
            return call.getScope().filter(scope -> Guards.isName(scope, name)).isPresent();
        }
        return node instanceof ForEachStmt loop && Guards.isName(loop.getIterable(), name);
    }

    /**
     * A condition that encloses the use and checks the parameter: the `if`, loop or `?:` it sits in, or the left
     * side of an `&&`/`||` whose right side holds it. The same check counts wherever it is written.
     */
    private static boolean guardedByEnclosingCondition(Node use, String name, Failure failure, SizeAliases aliases) {
        Node child = use;
        Node current = use.getParentNode().orElse(null);
        while (current != null && !(current instanceof MethodDeclaration)) {
            Expression condition = null;
            if (current instanceof IfStmt ifStmt && child != ifStmt.getCondition()) {
                condition = ifStmt.getCondition();
            } else if (current instanceof WhileStmt loop && child != loop.getCondition()) {
                condition = loop.getCondition();
            } else if (current instanceof DoStmt loop && child != loop.getCondition()) {
                condition = loop.getCondition();
            } else if (current instanceof ForStmt loop && loop.getCompare().isPresent()
                    && loop.getCompare().get() != child) {
                condition = loop.getCompare().get();
            } else if (current instanceof ConditionalExpr conditional && child != conditional.getCondition()) {
                condition = conditional.getCondition();
            } else if (current instanceof SwitchEntry entry && isNonEmptyCase(entry)
                    && entry.getParentNode().orElse(null) instanceof SwitchStmt choice) {
                condition = choice.getSelector();
            } else if (current instanceof BinaryExpr binary && child == binary.getRight()
                    && (binary.getOperator() == BinaryExpr.Operator.AND || binary.getOperator() == BinaryExpr.Operator.OR)) {
                condition = binary.getLeft();
            }
            if (condition != null && failure == Failure.EMPTY_ROW) {
                if (checksRowSize(condition, name)) {
                    return true;
                }
            } else if (condition != null && (Guards.checksSize(condition, name) || aliases.checks(condition, name)
                    || (failure == Failure.NULL && Guards.checksNull(condition, name)))) {
                return true;
            }
            child = current;
            current = current.getParentNode().orElse(null);
        }
        return false;
    }

    /** `case 2:` of a `switch` on a size: every label a positive number, so the size is not 0 there. */
    private static boolean isNonEmptyCase(SwitchEntry entry) {
        return !entry.getLabels().isEmpty() && entry.getLabels().stream()
                .allMatch(label -> constantIndex(label) > 0);
    }

    /** `grid[0].length` in a condition: the rows' length was looked at. */
    private static boolean checksRowSize(Node condition, String name) {
        return Trees.contains(condition, FieldAccessExpr.class, access -> access.getNameAsString().equals("length")
                && access.getScope() instanceof ArrayAccessExpr row && Guards.isName(row.getName(), name));
    }

    /** Classes declared inside the method have methods of their own, checked on their own. */
    private static boolean isNestedType(Node node) {
        return node instanceof TypeDeclaration<?>
                || (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent());
    }

    private static String emptiness(InputSpec spec, int needed) {
        int guaranteed = spec.guaranteedMinLength();
        String allowed = guaranteed == 0 ? "may be empty" : "may have only " + guaranteed + " element(s)";
        return needed <= 1 || guaranteed == 0 ? allowed : allowed + " and this needs " + needed;
    }

    private void report(RuleContext context, MethodDeclaration method, String name, InputSpec spec, Node at, Use use) {
        String snippet = snippet(context, at);
        String source = context.problem().inputs().spec(name).isPresent() ? "the problem's inputs allow it"
                : "nothing rules it out";
        String guard = use.failure() == Failure.NULL
                ? "`Objects.requireNonNull(" + name + ", \"" + name + " is required\");`"
                : "`if (" + emptyTest(at, name) + ") { ... }` that returns the answer the statement gives for it, or "
                        + "throws `IllegalArgumentException` saying what is missing";
        context.report(this, at,
                "`" + method.getNameAsString() + "` uses `" + snippet + "` at line " + RuleContext.line(at) + ", but `"
                        + name + "` " + use.what() + " (" + source + ") (Customer Obsession): that input throws instead "
                        + "of getting an answer.",
                "Handle it before this line: " + guard + ".");
    }

    private static String emptyTest(Node at, String name) {
        boolean array = at instanceof ArrayAccessExpr
                || (at instanceof BinaryExpr binary && binary.getRight() instanceof FieldAccessExpr);
        if (array) {
            return name + ".length == 0";
        }
        if (at instanceof MethodCallExpr call && call.getNameAsString().equals("next")) {
            return "!" + name + (call.getScope().filter(Expression::isMethodCallExpr).isPresent()
                    ? ".iterator().hasNext()" : ".hasNext()");
        }
        return name + ".isEmpty()";
    }

    /** The source text of the use, cut short; read from the file, as pretty-printing a node is costly. */
    private static String snippet(RuleContext context, Node node) {
        String text = node instanceof ForEachStmt loop
                ? "for (... : " + context.sourceText(loop.getIterable()) + ")" : context.sourceText(node);
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
