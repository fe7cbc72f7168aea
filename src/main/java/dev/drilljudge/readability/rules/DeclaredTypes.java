package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.type.Type;

import java.util.Optional;

/**
 * The declared type of a simple name, read from the source alone (no symbol solver, which would cost more than the
 * parse): the nearest parameter or local of that name in the enclosing methods, else a field of an enclosing type.
 */
final class DeclaredTypes {
    private DeclaredTypes() {
    }

    static Optional<Type> of(Node use, String name) {
        Node current = use.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof LambdaExpr lambda) {
                for (Parameter parameter : lambda.getParameters()) {
                    if (parameter.getNameAsString().equals(name)) {
                        return parameter.getType().isUnknownType() ? Optional.empty() : Optional.of(parameter.getType());
                    }
                }
            }
            if (current instanceof CallableDeclaration<?> callable) {
                for (Parameter parameter : callable.getParameters()) {
                    if (parameter.getNameAsString().equals(name)) {
                        return Optional.of(parameter.getType());
                    }
                }
                Optional<VariableDeclarator> local = Trees.first(callable, VariableDeclarator.class,
                        variable -> variable.getNameAsString().equals(name)
                                && !(variable.getParentNode().orElse(null) instanceof FieldDeclaration));
                if (local.isPresent()) {
                    return Optional.of(local.get().getType());
                }
            }
            if (current instanceof TypeDeclaration<?> type) {
                Optional<FieldDeclaration> field = type.getFieldByName(name);
                if (field.isPresent()) {
                    return field.get().getVariables().stream()
                            .filter(variable -> variable.getNameAsString().equals(name))
                            .findFirst().map(VariableDeclarator::getType);
                }
            }
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    /** The simple name of a class type (`String`, `List` for `List<Integer>`), or the primitive/array text. */
    static String simpleName(Type type) {
        return type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : type.asString();
    }
}
