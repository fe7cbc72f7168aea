package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.drilljudge.readability.RuleContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The code lines that never run when the answer is used: methods and constructors nothing reachable calls (see
 * {@link ReachableCode}) and fields nothing reads. The score divides findings by the size of the code that runs:
 * otherwise clean helpers nobody calls, or a wall of unused constants, appended to a messy answer dilute its findings
 * and raise its score.
 */
public final class UnreachableCode {
    private UnreachableCode() {
    }

    /**
     * Code lines of the outermost callables nothing reachable runs (a local class inside one is counted with it)
     * and of the fields no code names.
     */
    public static int codeLines(RuleContext context) {
        ReachableCode reachable = ReachableCode.of(context);
        Set<String> namesRead = new HashSet<>();
        List<FieldDeclaration> fields = new ArrayList<>();
        int lines = 0;
        for (Node node : PreOrderIndex.of(context).nodes()) {
            if (node instanceof NameExpr name) {
                namesRead.add(name.getNameAsString());
            } else if (node instanceof FieldAccessExpr access) {
                namesRead.add(access.getNameAsString());
            } else if (node instanceof FieldDeclaration field) {
                fields.add(field);
            } else if (node instanceof CallableDeclaration<?> callable && !reachable.isReachable(callable)
                    && callable.findAncestor(CallableDeclaration.class).isEmpty()) {
                lines += linesOf(callable, context);
            }
        }
        for (FieldDeclaration field : fields) {
            if (field.getVariables().stream().noneMatch(variable -> namesRead.contains(variable.getNameAsString()))) {
                lines += linesOf(field, context);
            }
        }
        return lines;
    }

    private static int linesOf(Node node, RuleContext context) {
        return node.getRange().map(range -> context.lines().count(range.begin.line, range.end.line)).orElse(0);
    }
}
