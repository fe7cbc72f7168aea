package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

import java.util.List;

/**
 * Computes {@link MethodMetrics} in one recursive pass over a method body.
 *
 * <p>Cognitive Complexity follows G. Ann Campbell's whitepaper (SonarSource, 2017):
 * <ul>
 *   <li>+1, plus the current nesting level, for if, ternary, switch, for, for-each, while, do-while and catch;</li>
 *   <li>+1 (no nesting increment) for else if and else;</li>
 *   <li>+1 for each sequence of like binary logical operators (`a && b && c` is one, `a && b || c` two);</li>
 *   <li>+1 for break or continue to a label;</li>
 *   <li>+1 once for a method that calls itself (recursion);</li>
 *   <li>nesting rises inside if, else if, else, ternary, switch, loops, catch and lambdas; try, finally and
 *       plain blocks do not raise it. Classes declared inside the method are measured on their own.</li>
 * </ul>
 */
final class MetricsCalculator {
    private final CallableDeclaration<?> callable;
    private int cognitive;
    private int cyclomatic = 1;
    private int maxNesting;
    private Node deepestNode;
    private boolean recursive;

    private MetricsCalculator(CallableDeclaration<?> callable) {
        this.callable = callable;
    }

    static MethodMetrics of(CallableDeclaration<?> callable) {
        MetricsCalculator calculator = new MetricsCalculator(callable);
        for (Node child : callable.getChildNodes()) {
            if (child instanceof Statement) {
                calculator.visit(child, 0, 0);
            }
        }
        int cognitive = calculator.cognitive + (calculator.recursive ? 1 : 0);
        return new MethodMetrics(cognitive, calculator.cyclomatic, calculator.maxNesting, calculator.deepestNode);
    }

    /**
     * @param nesting cognitive-complexity nesting level
     * @param depth   depth of nested control structures (for the NESTING rule)
     */
    private void visit(Node node, int nesting, int depth) {
        if (node instanceof TypeDeclaration<?>
                || (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent())) {
            return;
        }
        if (node instanceof IfStmt ifStmt) {
            visitIf(ifStmt, nesting, depth + 1, false);
        } else if (node instanceof ForStmt || node instanceof ForEachStmt || node instanceof WhileStmt
                || node instanceof DoStmt) {
            structure(node, nesting, depth + 1);
            cyclomatic++;
            visitLoop(node, nesting, depth + 1);
        } else if (node instanceof SwitchStmt || node instanceof SwitchExpr) {
            structure(node, nesting, depth + 1);
            visitSwitch(node, nesting, depth + 1);
        } else if (node instanceof CatchClause catchClause) {
            cognitive += 1 + nesting;
            cyclomatic++;
            visitChildren(catchClause, nesting + 1, depth);
        } else if (node instanceof ConditionalExpr conditional) {
            cognitive += 1 + nesting;
            cyclomatic++;
            visit(conditional.getCondition(), nesting, depth);
            visit(conditional.getThenExpr(), nesting + 1, depth);
            visit(conditional.getElseExpr(), nesting + 1, depth);
        } else if (node instanceof LambdaExpr lambda) {
            visitChildren(lambda, nesting + 1, depth);
        } else if (node instanceof BinaryExpr binary && isLogical(binary)) {
            if (!isLogical(binary.getParentNode().orElse(null))) {
                cognitive += operatorSequences(binary);
            }
            cyclomatic++;
            visitChildren(binary, nesting, depth);
        } else {
            if ((node instanceof BreakStmt breakStmt && breakStmt.getLabel().isPresent())
                    || (node instanceof ContinueStmt continueStmt && continueStmt.getLabel().isPresent())) {
                cognitive++;
            } else if (node instanceof MethodCallExpr call && isSelfCall(call)) {
                recursive = true;
            }
            visitChildren(node, nesting, depth);
        }
    }

    private void structure(Node node, int nesting, int depth) {
        cognitive += 1 + nesting;
        noteDepth(node, depth);
    }

    private void noteDepth(Node node, int depth) {
        if (depth > maxNesting) {
            maxNesting = depth;
            deepestNode = node;
        }
    }

    private void visitIf(IfStmt ifStmt, int nesting, int depth, boolean isElseIf) {
        cognitive += isElseIf ? 1 : 1 + nesting;
        cyclomatic++;
        noteDepth(ifStmt, depth);
        visit(ifStmt.getCondition(), nesting, depth);
        visit(ifStmt.getThenStmt(), nesting + 1, depth);
        if (ifStmt.getElseStmt().isPresent()) {
            Statement elseStmt = ifStmt.getElseStmt().get();
            if (elseStmt instanceof IfStmt elseIf) {
                visitIf(elseIf, nesting, depth, true);
            } else {
                cognitive++;
                visit(elseStmt, nesting + 1, depth);
            }
        }
    }

    private void visitLoop(Node loop, int nesting, int depth) {
        for (Node child : loop.getChildNodes()) {
            boolean isBody = child instanceof Statement;
            visit(child, isBody ? nesting + 1 : nesting, depth);
        }
    }

    private void visitSwitch(Node switchNode, int nesting, int depth) {
        for (Node child : switchNode.getChildNodes()) {
            if (child instanceof SwitchEntry entry) {
                if (!entry.getLabels().isEmpty()) {
                    cyclomatic++;
                }
                visitChildren(entry, nesting + 1, depth);
            } else {
                visit(child, nesting, depth);
            }
        }
    }

    private void visitChildren(Node node, int nesting, int depth) {
        List<Node> children = node.getChildNodes();
        for (int index = 0, size = children.size(); index < size; index++) {
            visit(children.get(index), nesting, depth);
        }
    }

    private boolean isSelfCall(MethodCallExpr call) {
        return callable instanceof MethodDeclaration method
                && call.getNameAsString().equals(method.getNameAsString())
                && call.getArguments().size() == method.getParameters().size()
                && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr);
    }

    static boolean isLogical(Node node) {
        return node instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.AND
                || binary.getOperator() == BinaryExpr.Operator.OR);
    }

    /** Sequences of like operators in a flat chain: parentheses start a chain of their own. */
    private static int operatorSequences(BinaryExpr root) {
        StringBuilder operators = new StringBuilder();
        collectOperators(root, operators);
        int sequences = 1;
        for (int index = 1; index < operators.length(); index++) {
            if (operators.charAt(index) != operators.charAt(index - 1)) {
                sequences++;
            }
        }
        return sequences;
    }

    private static void collectOperators(Expression expression, StringBuilder operators) {
        if (!isLogical(expression)) {
            return;
        }
        BinaryExpr binary = (BinaryExpr) expression;
        collectOperators(binary.getLeft(), operators);
        operators.append(binary.getOperator() == BinaryExpr.Operator.AND ? '&' : '|');
        collectOperators(binary.getRight(), operators);
    }
}
