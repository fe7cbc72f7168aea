package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/** A rule that measures each method and constructor with a body, sharing one metrics pass per method. */
abstract class MethodRule extends BaseRule {
    static final List<Class<? extends Node>> CALLABLES = List.of(MethodDeclaration.class, ConstructorDeclaration.class);

    MethodRule(String id, Category category, Severity severity, OptionalInt threshold, String rationale) {
        super(id, category, severity, threshold, rationale, CALLABLES);
    }

    @Override
    public final void visit(Node node, RuleContext context) {
        CallableDeclaration<?> callable = (CallableDeclaration<?>) node;
        if (callable instanceof MethodDeclaration method && method.getBody().isEmpty()) {
            return;
        }
        check(callable, context);
    }

    abstract void check(CallableDeclaration<?> callable, RuleContext context);

    static MethodMetrics metrics(CallableDeclaration<?> callable, RuleContext context) {
        return context.shared(MethodMetrics.class, callable, MetricsCalculator::of);
    }

    static String name(CallableDeclaration<?> callable) {
        return Callables.label(callable);
    }
}
