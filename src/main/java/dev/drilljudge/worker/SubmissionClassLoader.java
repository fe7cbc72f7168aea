package dev.drilljudge.worker;

import dev.drilljudge.policy.BytecodePolicy;
import dev.drilljudge.policy.PolicyViolation;

import java.util.List;
import java.util.Map;

/**
 * A fresh loader per job for the candidate's classes, the problem's support classes and the tests. They share
 * one loader because LeetCode-style classes are package-private and the JVM only grants package access within
 * one loader. The candidate still cannot reach the tests: its code was compiled without them on the class
 * path, and the allow-list bytecode policy, checked again here as each candidate class is defined, refuses
 * reflection and every JUnit, opentest4j, AssertJ and judge package.
 */
final class SubmissionClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> candidateClasses;
    private final Map<String, byte[]> trustedClasses;
    private final BytecodePolicy policy;

    SubmissionClassLoader(Map<String, byte[]> candidateClasses, Map<String, byte[]> trustedClasses,
                          BytecodePolicy policy) {
        super("submission", SubmissionClassLoader.class.getClassLoader());
        this.candidateClasses = candidateClasses;
        this.trustedClasses = trustedClasses;
        this.policy = policy;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null && (candidateClasses.containsKey(name) || trustedClasses.containsKey(name))) {
                loaded = findClass(name);
            }
            if (loaded == null) {
                loaded = super.loadClass(name, false);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] candidateBytes = candidateClasses.get(name);
        if (candidateBytes != null) {
            List<PolicyViolation> violations = policy.check(name);
            if (!violations.isEmpty()) {
                throw new PolicyViolationError(violations.get(0).describe());
            }
            return defineClass(name, candidateBytes, 0, candidateBytes.length);
        }
        byte[] trustedBytes = trustedClasses.get(name);
        if (trustedBytes != null) {
            return defineClass(name, trustedBytes, 0, trustedBytes.length);
        }
        throw new ClassNotFoundException(name);
    }
}
