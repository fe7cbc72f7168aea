package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.drilljudge.readability.RuleContext;

import java.util.List;
import java.util.Set;

/** Recognises input checks: null, empty and bounds tests, and precondition calls. */
final class Guards {
    private static final Set<String> SIZE_QUERIES = Set.of("size", "length", "isEmpty", "isBlank");
    /** Calls that say whether an iterator, queue or stream has a next element. */
    private static final Set<String> EMPTINESS_QUERIES = Set.of("hasNext", "peek", "peekFirst", "peekLast");
    private static final Set<String> PRECONDITION_CALLS = Set.of("requireNonNull", "requireNonNullElse",
            "checkNotNull", "checkArgument", "checkState", "checkElementIndex", "checkPositionIndex",
            "notNull", "notEmpty", "notBlank", "isTrue");
    private static final List<String> VALIDATOR_PREFIXES = List.of("require", "check", "validate", "ensure", "verify");

    private Guards() {
    }

    /** True when the condition compares `name` with null or tests its type: it rules out a null `name`. */
    static boolean checksNull(Node condition, String name) {
        if (condition instanceof BinaryExpr binary
                && (binary.getOperator() == BinaryExpr.Operator.EQUALS
                || binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS)
                && ((isName(binary.getLeft(), name) && binary.getRight().isNullLiteralExpr())
                || (isName(binary.getRight(), name) && binary.getLeft().isNullLiteralExpr()))) {
            return true;
        }
        if (condition instanceof InstanceOfExpr instanceOf && isName(instanceOf.getExpression(), name)) {
            return true;
        }
        for (Node child : condition.getChildNodes()) {
            if (checksNull(child, name)) {
                return true;
            }
        }
        return false;
    }

    /** True when the condition reads `name`'s length, size or emptiness: it can rule out a short `name`. */
    static boolean checksSize(Node condition, String name) {
        if (condition instanceof FieldAccessExpr access && access.getNameAsString().equals("length")
                && isName(access.getScope(), name)) {
            return true;
        }
        if (condition instanceof MethodCallExpr call && SIZE_QUERIES.contains(call.getNameAsString())
                && call.getScope().filter(scope -> isName(scope, name)).isPresent()) {
            return true;
        }
        if (condition instanceof MethodCallExpr call && EMPTINESS_QUERIES.contains(call.getNameAsString())
                && call.getScope().filter(scope -> isName(scope, name)).isPresent()) {
            return true;
        }
        for (Node child : condition.getChildNodes()) {
            if (checksSize(child, name)) {
                return true;
            }
        }
        return false;
    }

    /** True when the condition tests `name` for null, emptiness, size or type. */
    static boolean checks(Node condition, String name) {
        if (isCheckOf(condition, name)) {
            return true;
        }
        for (Node child : condition.getChildNodes()) {
            if (checks(child, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCheckOf(Node node, String name) {
        if (node instanceof BinaryExpr binary
                && (binary.getOperator() == BinaryExpr.Operator.EQUALS
                || binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
            return (isName(binary.getLeft(), name) && binary.getRight().isNullLiteralExpr())
                    || (isName(binary.getRight(), name) && binary.getLeft().isNullLiteralExpr());
        }
        if (node instanceof FieldAccessExpr access) {
            return access.getNameAsString().equals("length") && isName(access.getScope(), name);
        }
        if (node instanceof MethodCallExpr call) {
            return SIZE_QUERIES.contains(call.getNameAsString()) && call.getScope().filter(scope -> isName(scope, name)).isPresent();
        }
        if (node instanceof InstanceOfExpr instanceOf) {
            return isName(instanceOf.getExpression(), name);
        }
        return false;
    }

    /**
     * `Objects.requireNonNull(nums)`, `Preconditions.checkArgument(k > 0)`, `validate(nums)`. A library's is known by
     * its name; one of the file's own methods only by what it does: it must test a parameter and throw, or call a
     * library precondition. A hollow `static void checkInput(int[] values) {}` guards nothing and earns nothing.
     */
    static boolean isPreconditionCall(MethodCallExpr call, RuleContext context) {
        if (!isNamedLikeAPrecondition(call)) {
            return false;
        }
        List<CallableDeclaration<?>> own = FileIndex.of(context).callablesNamed(call.getNameAsString()).stream()
                .filter(callable -> callable.getParameters().size() == call.getArguments().size()).toList();
        return own.isEmpty() || own.stream().anyMatch(Guards::rejectsBadArguments);
    }

    /** The method's body tests a parameter and throws when the test fails, or hands it to a library precondition. */
    private static boolean rejectsBadArguments(CallableDeclaration<?> validator) {
        for (Parameter parameter : validator.getParameters()) {
            String name = parameter.getNameAsString();
            boolean throwsOnCheck = Trees.contains(validator, IfStmt.class, test -> checks(test.getCondition(), name)
                    && Trees.contains(test.getThenStmt(), ThrowStmt.class));
            boolean delegates = Trees.contains(validator, MethodCallExpr.class, inner -> PRECONDITION_CALLS.contains(
                    inner.getNameAsString()) && inner.getArguments().stream().anyMatch(argument -> isName(argument, name)
                    || checks(argument, name)));
            if (throwsOnCheck || delegates) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamedLikeAPrecondition(MethodCallExpr call) {
        String method = call.getNameAsString();
        if (PRECONDITION_CALLS.contains(method)) {
            return true;
        }
        for (String prefix : VALIDATOR_PREFIXES) {
            if (method.startsWith(prefix) && method.length() > prefix.length()
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** A precondition call that mentions `name` among its arguments. */
    static boolean isPreconditionOn(MethodCallExpr call, String name, RuleContext context) {
        if (!isPreconditionCall(call, context)) {
            return false;
        }
        for (Expression argument : call.getArguments()) {
            if (isName(argument, name) || checks(argument, name)
                    || Trees.contains(argument, NameExpr.class, found -> found.getNameAsString().equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** A guard clause statement: `if (...) return/throw` with no else, or a precondition call. */
    static boolean isGuardClause(Statement statement, RuleContext context) {
        if (statement instanceof IfStmt ifStmt) {
            return ifStmt.getElseStmt().isEmpty() && exits(ifStmt.getThenStmt());
        }
        if (statement instanceof ExpressionStmt expressionStmt) {
            Expression expression = expressionStmt.getExpression();
            if (expression instanceof AssignExpr assign) {
                expression = assign.getValue();
            }
            return expression instanceof MethodCallExpr call && isPreconditionCall(call, context);
        }
        return false;
    }

    private static boolean exits(Statement statement) {
        if (statement instanceof BlockStmt block) {
            return block.getStatements().size() == 1 && exits(block.getStatement(0));
        }
        return statement instanceof ReturnStmt || statement instanceof ThrowStmt;
    }

    static boolean isName(Expression expression, String name) {
        return expression instanceof NameExpr nameExpr && nameExpr.getNameAsString().equals(name);
    }
}
