package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import java.util.Optional;

/** Questions about methods and constructors that several rules ask. */
final class Callables {
    private Callables() {
    }

    /** The method or constructor a node belongs to, not looking past a lambda or a nested type. */
    static Optional<CallableDeclaration<?>> enclosing(Node node) {
        Node current = node.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof CallableDeclaration<?> callable) {
                return Optional.of(callable);
            }
            if (current instanceof LambdaExpr || current instanceof TypeDeclaration<?>
                    || current instanceof ObjectCreationExpr) {
                return Optional.empty();
            }
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    /** Like {@link #enclosing} but looks through lambdas (they belong to the method that holds them). */
    static Optional<CallableDeclaration<?>> enclosingThroughLambdas(Node node) {
        Node current = node.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof CallableDeclaration<?> callable) {
                return Optional.of(callable);
            }
            if (current instanceof TypeDeclaration<?> || current instanceof ObjectCreationExpr) {
                return Optional.empty();
            }
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    static boolean isMain(CallableDeclaration<?> callable) {
        return callable instanceof MethodDeclaration method && method.getNameAsString().equals("main")
                && method.isStatic() && method.getParameters().size() == 1;
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
