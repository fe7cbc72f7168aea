package dev.drilljudge.sandbox;

import dev.drilljudge.worker.WorkerMain;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * An AppCDS archive of the worker's classes (JUnit's launcher mostly), which cuts the worker's start-up by
 * about 40%. CDS needs a class path of jars, so it is used only when the judge runs from its packaged jar.
 * The archive is made in the background the first time it is missing, for the runs after this one.
 */
final class WorkerCdsArchive {
    private static final String ARCHIVE_NAME = "drill-judge-worker.jsa";
    private static final AtomicBoolean TRAINING_STARTED = new AtomicBoolean();

    private WorkerCdsArchive() {
    }

    /**
     * The archive a worker can start with, if a fresh one exists; when it is missing, one is recorded in the
     * background for later workers. The caller passes it with -XX:SharedArchiveFile and keeps it visible
     * inside the OS sandbox.
     */
    static Optional<Path> usableArchive() {
        List<Path> classpath = WorkerClasspath.workerEntries();
        if (!classpath.stream().allMatch(WorkerCdsArchive::isJar)) {
            return Optional.empty();
        }
        Path archive = classpath.get(0).resolveSibling(ARCHIVE_NAME);
        if (isFresh(archive, classpath.get(0))) {
            return Optional.of(archive);
        }
        if (TRAINING_STARTED.compareAndSet(false, true)) {
            train(archive, classpath);
        }
        return Optional.empty();
    }

    private static boolean isJar(Path entry) {
        return Files.isRegularFile(entry) && entry.toString().endsWith(".jar");
    }

    private static boolean isFresh(Path archive, Path workerJar) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(workerJar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Records the archive in a process of its own, which may outlive this JVM (a short command). The JVM writes the
     * archive as it exits; a worker starting meanwhile must never map half a file, and two judges training at once
     * must not write into one file, so each writes a name of its own and renames it (atomic within the folder) once
     * the training JVM has exited cleanly.
     */
    private static void train(Path archive, List<Path> classpath) {
        if (!Files.isWritable(archive.getParent())) {
            return;
        }
        Path partial = archive.resolveSibling(ARCHIVE_NAME + ".partial-" + ProcessHandle.current().pid());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String joined = classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of("sh", "-c",
                "partial=$1; archive=$2; shift 2; \"$@\" && [ -s \"$partial\" ] && exec mv -f -- \"$partial\" \"$archive\";"
                        + " rm -f -- \"$partial\"",
                "drill-judge-cds", partial.toString(), archive.toString()));
        // The same module options as a worker (WorkerProcess), so the archive matches the JVMs that use it.
        command.addAll(List.of(java.toString(), "-XX:ArchiveClassesAtExit=" + partial, "-Xshare:auto",
                "-XX:+UseSerialGC", "-XX:-UsePerfData", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-cp", joined, WorkerMain.class.getName(), WorkerMain.TRAINING_FLAG));
        try {
            new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            // Without the archive the worker only starts slower: nothing to report.
        }
    }
}
