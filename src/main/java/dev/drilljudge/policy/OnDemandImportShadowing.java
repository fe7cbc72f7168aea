package dev.drilljudge.policy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Java resolves a simple name to a class of the same package before a type imported on demand, and every
 * file imports java.lang.* on demand. So a candidate's {@code class Math} beside the tests would replace
 * java.lang.Math inside the tests, and could bend a brute-force oracle to agree with a wrong answer. This finds
 * candidate classes that would do that: a top-level class in a test's package named like a type of java.lang or
 * of any package the tests import with {@code .*}.
 */
public final class OnDemandImportShadowing {
    private OnDemandImportShadowing() {
    }

    /**
     * @param testPackages     the packages the tests declare ("" for the default package)
     * @param onDemandImports  the packages the tests import with {@code .*}; java.lang is added here
     * @return the one-line refusal, or empty when no candidate class would replace an imported type
     */
    public static Optional<String> find(Collection<String> candidateClasses, Set<String> testPackages,
                                        Set<String> onDemandImports) {
        Set<String> importedPackages = new LinkedHashSet<>(Set.of("java.lang"));
        importedPackages.addAll(onDemandImports);
        for (String className : candidateClasses) {
            if (className.contains("$")) {
                continue;
            }
            int lastDot = className.lastIndexOf('.');
            String packageName = lastDot < 0 ? "" : className.substring(0, lastDot);
            String simpleName = className.substring(lastDot + 1);
            if (!testPackages.contains(packageName)) {
                continue;
            }
            for (String imported : importedPackages) {
                if (typeExists(imported + "." + simpleName)) {
                    return Optional.of("your code declares " + className + ", which would replace " + imported + "."
                            + simpleName + " inside the tests; rename it");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean typeExists(String className) {
        try {
            Class.forName(className, false, OnDemandImportShadowing.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
