package dev.drilljudge.policy;

import org.objectweb.asm.ClassReader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The allow-list bytecode policy: every class, method and field a candidate class file references must be one
 * the problem's {@link ApiProfile} allows, or one of the submission's own classes (the candidate's and the
 * problem's support classes). Checked in the judge before anything runs, and again by the worker's class loader
 * as each candidate class is defined. Checking bytecode rather than source catches every spelling: imports, fully
 * qualified names, method references, inherited calls, annotations and class constants.
 */
public final class BytecodePolicy {
    private final ApiProfile profile;
    private final Map<String, byte[]> candidateClasses;
    private final ClassShapes shapes;

    private BytecodePolicy(ApiProfile profile, Map<String, byte[]> candidateClasses, Map<String, byte[]> supportClasses) {
        this.profile = profile;
        this.candidateClasses = Map.copyOf(candidateClasses);
        Map<String, byte[]> submission = new HashMap<>(supportClasses);
        submission.putAll(candidateClasses);
        this.shapes = new ClassShapes(submission);
    }

    /**
     * @param candidateClasses the candidate's class files by binary name (a.b.C, a.b.C$D): these are checked
     * @param supportClasses   the problem's support classes: trusted, and allowed as the candidate's references
     */
    public static BytecodePolicy forSubmission(ApiProfile profile, Map<String, byte[]> candidateClasses,
                                               Map<String, byte[]> supportClasses) {
        return new BytecodePolicy(profile, candidateClasses, supportClasses);
    }

    /** Every refused reference in every candidate class, by file and line. */
    public List<PolicyViolation> checkAll() {
        List<PolicyViolation> violations = new ArrayList<>();
        for (String className : candidateClasses.keySet()) {
            violations.addAll(check(className));
        }
        violations.sort(Comparator.comparing(PolicyViolation::sourceFile).thenComparingInt(PolicyViolation::line));
        return violations;
    }

    /** The refused references in one candidate class, in the order they appear; empty when it is clean. */
    public List<PolicyViolation> check(String className) {
        byte[] classFile = candidateClasses.get(className);
        if (classFile == null) {
            throw new IllegalArgumentException(className + " is not one of the candidate's classes");
        }
        ReferenceScanner scanner = new ReferenceScanner(className, profile, shapes);
        try {
            new ClassReader(classFile).accept(scanner, ClassReader.SKIP_FRAMES);
        } catch (RuntimeException malformed) {
            return List.of(new PolicyViolation(className, className, 0, "a malformed class file",
                    "only class files the compiler produced are run"));
        }
        return scanner.violations();
    }
}
