package dev.drilljudge.policy;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Subtype tests between JDK classes, so a member rule written on {@code java.util.Collection#parallelStream}
 * also refuses {@code ArrayList.parallelStream()} and {@code ArrayDeque.parallelStream()}. The classes are looked
 * up, never initialised, through the platform loader, which sees the JDK and nothing a candidate wrote.
 */
final class JdkHierarchy {
    private static final Map<String, Optional<Class<?>>> CLASSES = new ConcurrentHashMap<>();

    private JdkHierarchy() {
    }

    /** Whether {@code type} is {@code supertype} or extends or implements it; false when either is not a JDK class. */
    static boolean isSubtype(String type, String supertype) {
        if (type.equals(supertype)) {
            return true;
        }
        Optional<Class<?>> sub = lookUp(type);
        Optional<Class<?>> sup = lookUp(supertype);
        return sub.isPresent() && sup.isPresent() && sup.get().isAssignableFrom(sub.get());
    }

    private static Optional<Class<?>> lookUp(String internalName) {
        return CLASSES.computeIfAbsent(internalName, name -> {
            try {
                return Optional.of(Class.forName(name.replace('/', '.'), false, ClassLoader.getPlatformClassLoader()));
            } catch (ClassNotFoundException | LinkageError notInTheJdk) {
                return Optional.empty();
            }
        });
    }
}
