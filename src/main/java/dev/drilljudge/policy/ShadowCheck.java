package dev.drilljudge.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rejects candidate classes that would replace trusted ones: the problem's support and test classes, and
 * anything in the JDK's, JUnit's, AssertJ's or the judge's packages. Without this, a repo could ship its own
 * "hidden test" or its own org.junit class and grade itself. The other half of the policy: the allow-list decides
 * what candidate code may call, this what it may declare.
 */
public final class ShadowCheck {
    private static final List<String> JDK_PREFIXES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private ShadowCheck() {
    }

    /** Candidate classes (binary names) that would replace a trusted class, sorted. */
    public static List<String> findShadowed(Collection<String> candidateClasses, Collection<String> supportClasses,
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

    /** One line for the verdict, naming the first shadowing class and what it would replace. */
    public static String describe(List<String> shadowed) {
        String first = shadowed.get(0);
        String reason = isReserved(first)
                ? "that package belongs to the JDK, JUnit, AssertJ or the judge"
                : "the problem already provides that class (support class or test)";
        return "your code declares " + first + (shadowed.size() > 1 ? " (and " + (shadowed.size() - 1) + " more)" : "")
                + ", which would replace a trusted class: " + reason + "; remove or rename it";
    }

    private static boolean isReserved(String className) {
        String internalName = className.replace('.', '/');
        return JDK_PREFIXES.stream().anyMatch(className::startsWith) || ApiProfile.isNeverAllowed(internalName);
    }
}
