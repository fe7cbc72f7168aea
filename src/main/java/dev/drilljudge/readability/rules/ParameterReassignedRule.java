package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/**
 * Assigning a parameter a new meaning (`nums = sorted`, `nums = Arrays.copyOf(nums, n - 1)` each round). Counting a
 * number parameter down or consuming it digit by digit (`k -= taken`, `num /= 10`, `n--`) is the loop idiom a reviewer
 * reads at once and is exempt, as is walking a linked structure or a chain through its parameter (`head = head.next`,
 * `x = parent[x]`, also through a local holding the next link) and normalising it with one call on it (`s = s.trim()`)
 * or giving a null one its default (`if (list == null) list = new ArrayList<>();`). Record compact constructors are exempt:
 * normalising a component there is the idiom.
 */
public final class ParameterReassignedRule extends BaseRule {
    public static final String ID = "PARAMETER_REASSIGNED";

    public ParameterReassignedRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.empty(),
                "A parameter that is reassigned no longer holds what the caller passed, so every later line must be "
                        + "read with its history in mind (Earn Trust); a local with its own name is clearer.",
                List.of(AssignExpr.class, UnaryExpr.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        Expression target = target(node);
        if (!(target instanceof NameExpr name) || isTraversalStep(node, name.getNameAsString())
                || isNormalisation(node, name.getNameAsString()) || isChainStep(node, name.getNameAsString())
                || isNullDefault(node, name.getNameAsString())) {
            return;
        }
        Parameter parameter = parameterOfEnclosing(node, name.getNameAsString());
        if (parameter == null || (parameter.getType().isPrimitiveType()
                && (isArithmeticOnItself(node, name) || isNarrowedBound(node, name.getNameAsString())))) {
            return;
        }
        String parameterName = name.getNameAsString();
        String type = parameter.getType().isUnknownType() ? "var" : parameter.getTypeAsString();
        String local = localName(parameter, node);
        context.report(this, node,
                "Parameter `" + parameterName + "` is reassigned at line " + RuleContext.line(node) + " (Earn Trust): "
                        + "later lines no longer see what the caller passed, which makes the method harder to check.",
                "Copy it into a local named for its new role, e.g. `" + type + " " + local + " = " + parameterName
                        + ";`, and change that.");
    }

    /**
     * `head = head.next`, `node = node.left`: walking a linked structure through its parameter is the idiom every
     * reviewer reads at once, and the caller's list is untouched.
     */
    private static boolean isTraversalStep(Node node, String name) {
        if (!(node instanceof AssignExpr assign) || assign.getOperator() != AssignExpr.Operator.ASSIGN) {
            return false;
        }
        Expression value = assign.getValue();
        if (value instanceof FieldAccessExpr access) {
            return Guards.isName(access.getScope(), name);
        }
        return value instanceof MethodCallExpr call && call.getArguments().isEmpty()
                && call.getScope().filter(scope -> Guards.isName(scope, name)).isPresent()
                && call.getNameAsString().startsWith("get");
    }

    /**
     * `s = s.trim()`, `s = s.substring(1)`, `c = Character.toLowerCase(c)`: the same value normalised by one call on it,
     * not a new meaning; nothing the caller passed is lost that a later line would want.
     */
    private static boolean isNormalisation(Node node, String name) {
        if (!(node instanceof AssignExpr assign) || assign.getOperator() != AssignExpr.Operator.ASSIGN
                || !(assign.getValue() instanceof MethodCallExpr call)) {
            return false;
        }
        // A copy (`values = values.clone()`) is a new object the method then changes: a new role, not a normal form.
        boolean onItself = call.getScope().filter(scope -> Guards.isName(scope, name)).isPresent()
                && !call.getNameAsString().equals("clone") && !call.getNameAsString().startsWith("copy");
        boolean ofItself = call.getArguments().size() == 1 && Guards.isName(call.getArgument(0), name)
                && call.getScope().filter(scope -> scope.isNameExpr()
                && Character.isUpperCase(scope.asNameExpr().getNameAsString().charAt(0))).isPresent();
        return onItself || ofItself;
    }

    /**
     * `x = parent[x]`, `email = owner.get(email)`: following a chain (union-find's root, a path of links) through the
     * parameter, as `head = head.next` walks a list.
     */
    private static boolean isChainStep(Node node, String name) {
        if (!(node instanceof AssignExpr assign) || assign.getOperator() != AssignExpr.Operator.ASSIGN) {
            return false;
        }
        Expression value = assign.getValue();
        if (value instanceof NameExpr next) {
            // `String nextEmail = parent.get(email); parent.put(email, root); email = nextEmail;`: path compression
            return Callables.enclosingThroughLambdas(node).flatMap(callable -> Trees.first(callable,
                    VariableDeclarator.class, local -> local.getNameAsString().equals(next.getNameAsString())))
                    .flatMap(VariableDeclarator::getInitializer)
                    .filter(initializer -> isLinkOf(initializer, name)).isPresent();
        }
        return isLinkOf(value, name);
    }

    /** `parent[x]` or `owner.get(x)`: the next link of a chain, looked up by the current one. */
    private static boolean isLinkOf(Expression value, String name) {
        if (value instanceof com.github.javaparser.ast.expr.ArrayAccessExpr access) {
            return Guards.isName(access.getIndex(), name);
        }
        return value instanceof MethodCallExpr call && call.getNameAsString().equals("get")
                && call.getArguments().size() == 1 && Guards.isName(call.getArgument(0), name);
    }

    /**
     * `if (strings == null) strings = new ArrayList<>();`: a missing value given its default, the one statement of
     * an `if` that tests it for null. The parameter keeps its meaning; it just cannot be null below.
     */
    private static boolean isNullDefault(Node node, String name) {
        if (!(node instanceof AssignExpr assign) || assign.getOperator() != AssignExpr.Operator.ASSIGN
                || !(assign.getParentNode().orElse(null) instanceof ExpressionStmt statement)) {
            return false;
        }
        Node parent = statement.getParentNode().orElse(null);
        if (parent instanceof BlockStmt block && block.getStatements().size() == 1) {
            parent = block.getParentNode().orElse(null);
        }
        return parent instanceof IfStmt test && test.getElseStmt().isEmpty()
                && test.getCondition() instanceof BinaryExpr comparison
                && comparison.getOperator() == BinaryExpr.Operator.EQUALS
                && ((Guards.isName(comparison.getLeft(), name) && comparison.getRight().isNullLiteralExpr())
                || (Guards.isName(comparison.getRight(), name) && comparison.getLeft().isNullLiteralExpr()));
    }

    /**
     * `while (start < end - 1) { ... end = mid; }`: a number parameter that the loop around it tests and moves is the
     * bound of a search being narrowed, the binary-search idiom.
     */
    private static boolean isNarrowedBound(Node node, String name) {
        Node current = node.getParentNode().orElse(null);
        while (current != null && !(current instanceof CallableDeclaration<?>) && !(current instanceof LambdaExpr)) {
            Expression condition = current instanceof com.github.javaparser.ast.stmt.WhileStmt loop ? loop.getCondition()
                    : current instanceof com.github.javaparser.ast.stmt.DoStmt loop ? loop.getCondition()
                    : current instanceof com.github.javaparser.ast.stmt.ForStmt loop ? loop.getCompare().orElse(null)
                    : null;
            if (condition != null && Trees.contains(condition, NameExpr.class,
                    use -> use.getNameAsString().equals(name))) {
                return true;
            }
            current = current.getParentNode().orElse(null);
        }
        return false;
    }

    /** `k -= taken`, `n /= 10`, `k--`, `n = n / 2`: the number is updated from itself, not given a new meaning. */
    private static boolean isArithmeticOnItself(Node node, NameExpr name) {
        if (node instanceof UnaryExpr) {
            return true;
        }
        AssignExpr assign = (AssignExpr) node;
        if (assign.getOperator() != AssignExpr.Operator.ASSIGN) {
            return true;
        }
        return assign.getValue() instanceof com.github.javaparser.ast.expr.BinaryExpr binary
                && (Guards.isName(binary.getLeft(), name.getNameAsString())
                || Guards.isName(binary.getRight(), name.getNameAsString()));
    }

    /** `remainingDigits` for `n /= 10`, `remainingK` for `k--`, `currentValue` for anything else. */
    private static String localName(Parameter parameter, Node change) {
        String base = Identifiers.capitalize(parameter.getNameAsString());
        boolean shrinks = change instanceof UnaryExpr
                || (change instanceof AssignExpr assign && (assign.getOperator() == AssignExpr.Operator.MINUS
                || assign.getOperator() == AssignExpr.Operator.DIVIDE));
        return (shrinks ? "remaining" : "current") + base;
    }

    private static Expression target(Node node) {
        if (node instanceof AssignExpr assign) {
            return assign.getTarget();
        }
        UnaryExpr unary = (UnaryExpr) node;
        return switch (unary.getOperator()) {
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> unary.getExpression();
            default -> null;
        };
    }

    private static Parameter parameterOfEnclosing(Node node, String name) {
        Node current = node.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof LambdaExpr lambda) {
                for (Parameter parameter : lambda.getParameters()) {
                    if (parameter.getNameAsString().equals(name)) {
                        return parameter;
                    }
                }
            } else if (current instanceof CallableDeclaration<?> callable) {
                return callable.getParameterByName(name).orElse(null);
            } else if (current instanceof TypeDeclaration<?>) {
                return null;
            }
            current = current.getParentNode().orElse(null);
        }
        return null;
    }
}
