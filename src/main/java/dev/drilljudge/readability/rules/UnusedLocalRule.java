package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A local variable that is never read: declared, maybe assigned, never used. For-each variables, try resources and
 * names that say they are unused (`_`, `ignored`, `unused`) are exempt.
 */
public final class UnusedLocalRule extends BaseRule {
    public static final String ID = "UNUSED_LOCAL";
    private static final Set<String> DELIBERATE = Set.of("_", "ignored", "unused");

    public UnusedLocalRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.empty(),
                "A variable nobody reads is left over from an earlier idea; the reviewer spends time working out "
                        + "what it was for (Insist on the Highest Standards).",
                List.of(VariableDeclarator.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        VariableDeclarator variable = (VariableDeclarator) node;
        if (!(variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration)
                || DELIBERATE.contains(variable.getNameAsString())) {
            return;
        }
        Node holder = declaration.getParentNode().orElse(null);
        if (holder instanceof ForEachStmt || holder instanceof TryStmt) {
            return;
        }
        CallableDeclaration<?> callable = Callables.enclosingThroughLambdas(variable).orElse(null);
        if (callable == null || Callables.isHarnessAroundAnswer(callable)) {
            // A demo main's unread values are test data; HackerRank's template reads inputs it does not need.
            return;
        }
        Set<String> read = context.shared(UnusedLocalRule.class, callable, method -> namesRead(method, context));
        if (read.contains(variable.getNameAsString())) {
            return;
        }
        String name = variable.getNameAsString();
        context.report(this, variable.getName(),
                "`" + name + "` at line " + RuleContext.line(variable) + " is never read (Insist on the Highest "
                        + "Standards): a reviewer looks for what it was meant to do and finds nothing.",
                "Delete `" + name + "`" + (variable.getInitializer().filter(init -> init.isMethodCallExpr()).isPresent()
                        ? " but keep the call if its side effect matters" : "") + ".");
    }

    /** Every name read anywhere in the method: all uses except as the target of a plain `=`. */
    private static Set<String> namesRead(CallableDeclaration<?> callable, RuleContext context) {
        Set<String> read = new HashSet<>();
        PreOrderIndex.of(context).forEach(callable, node -> {
            if (node instanceof NameExpr name) {
                boolean assignedOnly = name.getParentNode().orElse(null) instanceof AssignExpr assign
                        && assign.getTarget() == name && assign.getOperator() == AssignExpr.Operator.ASSIGN;
                if (!assignedOnly) {
                    read.add(name.getNameAsString());
                }
            }
        });
        return read;
    }
}
