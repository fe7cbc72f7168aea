package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The exception types too general to catch or throw. */
final class ExceptionTypes {
    static final Set<String> GENERIC = Set.of("Exception", "RuntimeException", "Throwable", "Error");

    private ExceptionTypes() {
    }

    static boolean isGeneric(Type type) {
        if (!(type instanceof ClassOrInterfaceType classType)) {
            return false;
        }
        String name = classType.getNameAsString();
        boolean qualifiedOutsideJavaLang = classType.getScope()
                .filter(scope -> !scope.asString().equals("java.lang")).isPresent();
        return GENERIC.contains(name) && !qualifiedOutsideJavaLang;
    }

    /** The alternatives of a multi-catch, or the single type. */
    static List<Type> alternatives(Type type) {
        if (type.isUnionType()) {
            return new ArrayList<>(type.asUnionType().getElements());
        }
        return List.of(type);
    }
}
