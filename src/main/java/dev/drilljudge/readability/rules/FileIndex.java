package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.drilljudge.readability.RuleContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * File-wide facts that rules look up once per node (is `Node` a type here? is 60 already a constant? which
 * methods are called `percentile`?). Collected in one walk the first time a rule asks, so a lookup costs a hash
 * probe instead of a search of the whole tree for every literal or name.
 */
final class FileIndex {
    private final Set<String> typeNames = new HashSet<>();
    private final Map<Double, List<VariableDeclarator>> constantsByValue = new HashMap<>();
    private final Map<String, List<CallableDeclaration<?>>> callablesByName = new HashMap<>();
    /** Calls of this file's own methods (no receiver, or `this`), by name and argument count. */
    private final Map<CallShape, List<MethodCallExpr>> localCalls = new HashMap<>();

    private FileIndex(PreOrderIndex preOrder) {
        for (Node node : preOrder.nodes()) {
            if (node instanceof TypeDeclaration<?> type) {
                typeNames.add(type.getNameAsString());
            } else if (node instanceof CallableDeclaration<?> callable) {
                callablesByName.computeIfAbsent(callable.getNameAsString(), name -> new ArrayList<>()).add(callable);
            } else if (node instanceof MethodCallExpr call
                    && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr)) {
                localCalls.computeIfAbsent(new CallShape(call.getNameAsString(), call.getArguments().size()),
                        key -> new ArrayList<>()).add(call);
            } else if (node instanceof VariableDeclarator variable && isConstant(variable)
                    && variable.getInitializer().orElse(null) instanceof LiteralStringValueExpr literal
                    && !Double.isNaN(MagicNumberContext.value(literal))) {
                constantsByValue.computeIfAbsent(MagicNumberContext.value(literal), value -> new ArrayList<>())
                        .add(variable);
            }
        }
    }

    static FileIndex of(RuleContext context) {
        return context.shared(FileIndex.class, context.unit(), unit -> new FileIndex(PreOrderIndex.of(context)));
    }

    /** A class, interface, enum, record or annotation of this name is declared in the file. */
    boolean declaresType(String name) {
        return typeNames.contains(name);
    }

    /** The first static final field or final local initialised to this value by a literal other than this one. */
    Optional<String> constantEqualTo(LiteralStringValueExpr literal, double value) {
        for (VariableDeclarator constant : constantsByValue.getOrDefault(value, List.of())) {
            if (constant.getInitializer().orElse(null) != literal) {
                return Optional.of(constant.getNameAsString());
            }
        }
        return Optional.empty();
    }

    /** Methods and constructors of the file with this name, in source order. */
    List<CallableDeclaration<?>> callablesNamed(String name) {
        return callablesByName.getOrDefault(name, List.of());
    }

    /** The file's methods a call without receiver (or on `this`) can reach: same name, same argument count. */
    List<CallableDeclaration<?>> callees(MethodCallExpr call) {
        if (call.getScope().isPresent() && !(call.getScope().get() instanceof ThisExpr)) {
            return List.of();
        }
        return callablesNamed(call.getNameAsString()).stream()
                .filter(callable -> callable.getParameters().size() == call.getArguments().size()).toList();
    }

    /** The file's calls (without receiver, or on `this`) that can reach this method: same name, same arity. */
    List<MethodCallExpr> callsOf(CallableDeclaration<?> callable) {
        return localCalls.getOrDefault(new CallShape(callable.getNameAsString(), callable.getParameters().size()),
                List.of());
    }

    /** Whether another method of the file calls this one: then it is a helper, and its callers answer for it. */
    boolean isCalledByAnotherMethod(CallableDeclaration<?> callable) {
        for (MethodCallExpr call : localCalls.getOrDefault(new CallShape(callable.getNameAsString(),
                callable.getParameters().size()), List.of())) {
            if (call.findAncestor(CallableDeclaration.class).orElse(null) != callable) {
                return true;
            }
        }
        return false;
    }

    /** A method name and an argument count: what a call without receiver can be matched on. */
    private record CallShape(String name, int arguments) {
    }

    private static boolean isConstant(VariableDeclarator variable) {
        Node parent = variable.getParentNode().orElse(null);
        return (parent instanceof FieldDeclaration field && field.isFinal())
                || (parent instanceof VariableDeclarationExpr local && local.isFinal());
    }
}
