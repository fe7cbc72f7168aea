package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import java.util.List;
import java.util.Optional;

/** Questions about methods and constructors that several rules ask. */
final class Callables {
    private Callables() {
    }

    /** The method or constructor a node belongs to, not looking past a lambda or a nested type. */
    static Optional<CallableDeclaration<?>> enclosing(Node node) {
        Node child = node;
        Node current = node.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof CallableDeclaration<?> callable) {
                return Optional.of(callable);
            }
            if (current instanceof LambdaExpr || current instanceof TypeDeclaration<?>
                    || isAnonymousBodyOf(current, child)) {
                return Optional.empty();
            }
            child = current;
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    /**
     * Whether `child` is a member of the anonymous class `creation` declares: `new Foo(7)`'s argument still belongs
     * to the method that calls it, `new Comparator<>() { ... }`'s body does not.
     */
    private static boolean isAnonymousBodyOf(Node creation, Node child) {
        return creation instanceof ObjectCreationExpr objectCreation && objectCreation.getAnonymousClassBody()
                .filter(body -> body.stream().anyMatch(member -> member == child)).isPresent();
    }

    /** Like {@link #enclosing} but looks through lambdas (they belong to the method that holds them). */
    static Optional<CallableDeclaration<?>> enclosingThroughLambdas(Node node) {
        Node current = node.getParentNode().orElse(null);
        Node child = node;
        while (current != null) {
            if (current instanceof CallableDeclaration<?> callable) {
                return Optional.of(callable);
            }
            if (current instanceof TypeDeclaration<?> || isAnonymousBodyOf(current, child)) {
                return Optional.empty();
            }
            child = current;
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    static boolean isMain(CallableDeclaration<?> callable) {
        return callable instanceof MethodDeclaration method && method.getNameAsString().equals("main")
                && method.isStatic() && method.getParameters().size() == 1;
    }

    /**
     * The demo harness many answers carry: `main`, and a void method whose name says printing is its job
     * (`printBoard`, `showResult`, `display`, `dump`) that only `main` calls. Its values are test data and its
     * printing is its purpose, so a reviewer skips it like a comment; the answer itself is judged in full. A printing
     * helper the answer calls, or that nothing calls, is leftover debugging and stays in view.
     */
    static boolean isDemoHarness(CallableDeclaration<?> callable) {
        if (isMain(callable)) {
            return true;
        }
        return callable instanceof MethodDeclaration method && method.getType().isVoidType()
                && namesPrinting(method.getNameAsString()) && isCalledOnlyFromMain(method);
    }

    /**
     * A demo harness that wraps an answer: a `main` that calls a method of the file (or a printing helper), so the
     * answer lives elsewhere. A HackerRank program whose whole answer is its `main` is judged as the answer.
     */
    static boolean isHarnessAroundAnswer(CallableDeclaration<?> callable) {
        if (!isDemoHarness(callable)) {
            return false;
        }
        if (!isMain(callable)) {
            return true;
        }
        Node root = callable.findRootNode();
        java.util.Set<String> declared = new java.util.HashSet<>();
        root.findAll(MethodDeclaration.class, method -> !isMain(method))
                .forEach(method -> declared.add(method.getNameAsString()));
        return callable.findFirst(MethodCallExpr.class, call -> declared.contains(call.getNameAsString())).isPresent();
    }

    private static final List<String> PRINTING_VERBS = List.of("print", "show", "display", "dump");

    private static boolean namesPrinting(String name) {
        for (String verb : PRINTING_VERBS) {
            if (name.equals(verb) || (name.startsWith(verb) && Character.isUpperCase(name.charAt(verb.length())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCalledOnlyFromMain(MethodDeclaration method) {
        Node root = method.findRootNode();
        List<MethodCallExpr> calls = root.findAll(MethodCallExpr.class,
                call -> call.getNameAsString().equals(method.getNameAsString()));
        return !calls.isEmpty() && calls.stream()
                .allMatch(call -> enclosingThroughLambdas(call).filter(Callables::isMain).isPresent());
    }

    static boolean isOverride(CallableDeclaration<?> callable) {
        for (com.github.javaparser.ast.expr.AnnotationExpr annotation : callable.getAnnotations()) {
            if (annotation.getNameAsString().equals("Override")) {
                return true;
            }
        }
        return false;
    }

    static boolean hasParameter(CallableDeclaration<?> callable, String name) {
        for (Parameter parameter : callable.getParameters()) {
            if (parameter.getNameAsString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A short label for messages: `method maxProfit` or `the constructor`. */
    static String label(CallableDeclaration<?> callable) {
        return callable instanceof MethodDeclaration ? "`" + callable.getNameAsString() + "`"
                : "the constructor of `" + callable.getNameAsString() + "`";
    }
}
