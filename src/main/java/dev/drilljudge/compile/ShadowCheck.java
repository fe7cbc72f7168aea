package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rejects candidate classes that would replace trusted ones: the problem's support and test classes, and
 * anything in the JDK's, JUnit's, AssertJ's or the judge's packages. Without this, a repo could ship its own
 * "hidden test" or its own org.junit class and grade itself.
 */
final class ShadowCheck {
    private static final List<String> RESERVED_PREFIXES = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.junit.", "org.assertj.", "org.opentest4j.",
            "org.apiguardian.", "net.bytebuddy.", "dev.drilljudge.");

    private ShadowCheck() {
    }

    static List<String> findShadowed(Collection<String> candidateClasses, Collection<String> supportClasses,
                                     Collection<String> testClasses) {
        Set<String> trusted = new HashSet<>(supportClasses);
        trusted.addAll(testClasses);
        List<String> shadowed = new ArrayList<>();
        for (String className : candidateClasses) {
            if (trusted.contains(className) || isReserved(className)) {
                shadowed.add(className);
            }
        }
        shadowed.sort(null);
        return shadowed;
    }

    static String describe(List<String> shadowed) {
        String first = shadowed.get(0);
        String reason = isReserved(first)
                ? "that package belongs to the JDK, JUnit, AssertJ or the judge"
                : "the problem already provides that class (support class or test)";
        return "your code declares " + first + (shadowed.size() > 1 ? " (and " + (shadowed.size() - 1) + " more)" : "")
                + ", which would replace a trusted class: " + reason + "; remove or rename it";
    }

    /** Top-level type names the test sources declare, by file name and package line (used when they fail to compile). */
    static Set<String> declaredTopLevelNames(List<SourceFile> tests) {
        Set<String> names = new HashSet<>();
        for (SourceFile test : tests) {
            String simpleName = test.fileName().replaceFirst("\\.java$", "");
            String packagePrefix = PackageLines.declaredPackage(test).map(name -> name + ".").orElse("");
            names.add(packagePrefix + simpleName);
        }
        return names;
    }

    private static boolean isReserved(String className) {
        return RESERVED_PREFIXES.stream().anyMatch(className::startsWith);
    }
}
