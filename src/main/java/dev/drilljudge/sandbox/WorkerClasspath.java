package dev.drilljudge.sandbox;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The worker JVM's class path: the small worker jar (or the classes folder during development) and the
 * libraries the worker and the tests need. Nothing else of the judge is visible to the worker.
 */
public final class WorkerClasspath {
    /** The worker's own jar: the worker and policy packages only (maven-jar-plugin's worker-jar execution). */
    private static final String WORKER_JAR = "drill-judge-worker.jar";
    private static final List<String> WORKER_PACKAGES = List.of("dev/drilljudge/worker", "dev/drilljudge/policy");
    private static final List<String> WORKER_LIBRARY_CLASSES = List.of(
            "org.junit.platform.launcher.Launcher",
            "org.junit.platform.engine.TestEngine",
            "org.junit.platform.commons.util.ReflectionUtils",
            "org.junit.jupiter.engine.JupiterTestEngine",
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest",
            "org.opentest4j.AssertionFailedError",
            "org.apiguardian.api.API",
            "org.assertj.core.api.Assertions",
            "net.bytebuddy.ByteBuddy",
            "org.objectweb.asm.ClassReader");
    private static final List<String> TEST_COMPILE_CLASSES = List.of(
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest",
            "org.junit.platform.commons.annotation.Testable",
            "org.opentest4j.AssertionFailedError",
            "org.apiguardian.api.API",
            "org.assertj.core.api.Assertions");

    private WorkerClasspath() {
    }

    /** Class path entries for the worker JVM (fixed for the life of this JVM, so found once). */
    public static List<Path> workerEntries() {
        return Located.WORKER_ENTRIES;
    }

    /** The jars hidden tests compile against: JUnit Jupiter and AssertJ. */
    public static List<Path> testLibraries() {
        return Located.TEST_LIBRARIES;
    }

    /** Looked up on first use: every worker start and every compile needs them. */
    private static final class Located {
        private static final List<Path> WORKER_ENTRIES = locate(workerCode(), WORKER_LIBRARY_CLASSES);
        private static final List<Path> TEST_LIBRARIES = locate(null, TEST_COMPILE_CLASSES);

        private static List<Path> locate(Path first, List<String> classNames) {
            Set<Path> entries = new LinkedHashSet<>();
            if (first != null) {
                entries.add(first);
            }
            for (String className : classNames) {
                entries.add(locationOf(className));
            }
            return List.copyOf(entries);
        }
    }

    /**
     * The worker jar next to the judge jar when packaged. Run from a build's classes folder (the test suite, an IDE),
     * the build's worker jar beside that folder when it is at least as new as every worker class in it, else the
     * folder itself: only a class path of jars can start from the class-data archive ({@link WorkerCdsArchive}),
     * which saves about 0.4 s of CPU time per worker (1.05 s without, 0.6 s with it), and a jar older than a class
     * compiled since (an IDE build) would run stale code.
     */
    private static Path workerCode() {
        Path judgeCode = locationOf("dev.drilljudge.worker.WorkerMain");
        Path workerJar = judgeCode.resolveSibling(WORKER_JAR);
        if (Files.isRegularFile(judgeCode)) {
            return Files.isRegularFile(workerJar) ? workerJar : judgeCode;
        }
        return WorkerJarFreshness.isCurrent(workerJar, judgeCode, WORKER_PACKAGES) ? workerJar : judgeCode;
    }

    private static Path locationOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, WorkerClasspath.class.getClassLoader());
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new IllegalStateException("cannot locate the jar of " + className);
            }
            return Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the judge is missing a library: " + className, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + className, e);
        }
    }
}
