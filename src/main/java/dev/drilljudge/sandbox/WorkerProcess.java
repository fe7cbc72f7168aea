package dev.drilljudge.sandbox;

import dev.drilljudge.worker.WorkerMain;
import dev.drilljudge.worker.protocol.Job;
import dev.drilljudge.worker.protocol.JobCodec;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One forked worker JVM: its command line, the lines it prints, and an OS kill of it and everything it started.
 * With setsid the worker leads its own session, and a kill sweeps the whole session, re-parented processes
 * included, until it is empty; with bubblewrap its PID namespace dies with it.
 */
final class WorkerProcess {
    /** Marks the end of the worker's stdout in the line queue. */
    static final String END_OF_OUTPUT = "\u0000eof";
    private static final int MAX_LINE_CHARS = 1 << 20;
    private static final int STDERR_KEPT_BYTES = 16 * 1024;
    /** How long a kill keeps sweeping the worker's session before it reports processes it could not end. */
    private static final long SWEEP_LIMIT_MS = 2_000;

    private final Process process;
    private final WorkerSession session;
    private final WorkerSpec spec;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final BoundedTail stderrTail = new BoundedTail(STDERR_KEPT_BYTES);
    private int jobsRun;
    /** The worker's process tree, found once it runs tests: bubblewrap forks the JVM as a child. */
    private volatile List<ProcessHandle> tree;
    /** What the worker said differs from its baseline after its last job; empty when it is back to it. */
    private volatile String notAtBaseline = "";

    private WorkerProcess(Process process, WorkerSpec spec, boolean ownSession) {
        this.process = process;
        this.session = ownSession ? WorkerSession.ledBy(process.toHandle()) : WorkerSession.NONE;
        this.spec = spec;
        startDaemon("worker-stdout", () -> pumpLines(process.getInputStream()));
        startDaemon("worker-stderr", () -> pumpStderr(process.getErrorStream()));
    }

    static WorkerProcess start(WorkerSpec spec, SandboxLayers layers) {
        Optional<Path> archive = WorkerCdsArchive.usableArchive();
        List<Path> visible = new ArrayList<>(WorkerClasspath.workerEntries());
        visible.add(Path.of(System.getProperty("java.home")));
        archive.ifPresent(visible::add);
        return launch(layers.wrap(javaCommand(spec, archive), spec.hiddenPaths(), visible), spec,
                layers.setsid() != null);
    }

    /**
     * Starts {@code command} as a worker; tests use it to start a process tree of their own.
     *
     * @param ownSession the command starts with setsid, so the worker leads a session of its own
     */
    static WorkerProcess launch(List<String> command, WorkerSpec spec, boolean ownSession) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().keySet().removeIf(name -> !name.equals("PATH") && !name.equals("LANG"));
            builder.directory(new File(System.getProperty("java.io.tmpdir")));
            return new WorkerProcess(builder.start(), spec, ownSession);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the worker JVM: " + e.getMessage(), e);
        }
    }

    /**
     * C1 only, in every mode: a judged run lasts milliseconds to seconds, where C2's compile threads cost more
     * CPU than its faster code saves (grading 40 submissions on 2 cores took 15 s with C2, 9.5 s without), and
     * one JIT setting everywhere means a test's time never depends on whether it ran in `submit` or `grade`.
     */
    private static List<String> javaCommand(WorkerSpec spec, Optional<Path> archive) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-Xmx" + spec.heapMb() + "m",
                "-Xss16m",
                // The worker reads the frames the JVM recorded for an exception (RealStackTrace), which a
                // candidate's getStackTrace() override or setStackTrace() call cannot change.
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-XX:MaxMetaspaceSize=192m",
                "-XX:MaxDirectMemorySize=16m",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-XX:+DisplayVMOutputToStderr",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-Duser.language=en",
                "-Duser.country=US"));
        archive.ifPresent(file -> command.add("-XX:SharedArchiveFile=" + file));
        command.add("-cp");
        command.add(WorkerClasspath.workerEntries().stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)));
        command.add(WorkerMain.class.getName());
        if (spec.kind() == WorkerSpec.Kind.GROWTH) {
            command.add(WorkerMain.GROWTH_FLAG);
        }
        return command;
    }

    WorkerSpec spec() {
        return spec;
    }

    int jobsRun() {
        return jobsRun;
    }

    void reportedBaseline(String differences) {
        notAtBaseline = differences;
    }

    /** Whether the worker reported its threads and system properties back to their baseline after its last job. */
    boolean atBaseline() {
        return notAtBaseline.isEmpty();
    }

    String notAtBaseline() {
        return notAtBaseline;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Sends the worker its job. A worker runs one job in its life: a second one could meet whatever the first left
     * in the JVM (threads, static fields, system properties, loaded classes), so it is refused; and only a job of the
     * kind it was started (and warmed up) for.
     */
    void send(Job job) throws IOException {
        if (jobsRun > 0) {
            throw new IllegalStateException("a worker JVM runs one job; this one has already run one");
        }
        WorkerSpec.Kind jobKind = job.growth() != null ? WorkerSpec.Kind.GROWTH : WorkerSpec.Kind.TESTS;
        if (jobKind != spec.kind()) {
            throw new IllegalStateException("a worker started for " + spec.kind() + " cannot run a " + jobKind
                    + " job");
        }
        jobsRun++;
        DataOutputStream stdin = new DataOutputStream(process.getOutputStream());
        JobCodec.write(job, stdin);
    }

    /** The next line the worker printed, {@link #END_OF_OUTPUT} once it closed stdout, or null on timeout. */
    String nextLine(long timeoutMs) throws InterruptedException {
        return lines.poll(Math.max(0, timeoutMs), TimeUnit.MILLISECONDS);
    }

    /** CPU time and run delay of the worker JVM and every process around it, as the OS counts them. */
    ProcessCpu cpu() {
        List<ProcessHandle> processes = tree;
        if (processes == null) {
            List<ProcessHandle> found = new ArrayList<>();
            found.add(process.toHandle());
            process.descendants().forEach(found::add);
            processes = List.copyOf(found);
            tree = processes;
        }
        return ProcessCpu.of(processes);
    }

    String stderrTail() {
        return stderrTail.text();
    }

    /** Waits briefly for the exit code of a worker that closed its output; -1 if it is still running. */
    int awaitExit(long timeoutMs) throws InterruptedException {
        return process.waitFor(timeoutMs, TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /**
     * An OS kill of the worker and everything it started (interruption cannot stop a runaway submission): its
     * descendants, then every process left in its session, swept until none is left.
     *
     * @return true when nothing of the worker is left running
     */
    boolean kill() {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.getOutputStream().close();
        } catch (IOException alreadyGone) {
            // The pipe is already closed when the process is gone; nothing to release.
        }
        boolean sessionEmpty = session.killAll(SWEEP_LIMIT_MS);
        List<Long> started = new ArrayList<>(descendants.stream().map(ProcessHandle::pid).toList());
        started.add(process.pid());
        return WorkerSession.awaitEnded(started, SWEEP_LIMIT_MS) && sessionEmpty;
    }

    /** The worker's session, or NONE when it was started without setsid. */
    WorkerSession session() {
        return session;
    }

    long pid() {
        return process.pid();
    }

    /** Closes stdin so the worker exits on its own after its job, then kills whatever it left running. */
    void retire() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            kill();
        }
        startDaemon("worker-reaper", () -> {
            try {
                process.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // Also when it exited on its own: whatever it started must not outlive it.
            kill();
        });
    }

    private void pumpLines(InputStream stdout) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) : line);
            }
        } catch (IOException closed) {
            // The worker was killed mid-line; the end marker below tells the reader.
        } finally {
            lines.add(END_OF_OUTPUT);
        }
    }

    private void pumpStderr(InputStream stderr) {
        byte[] buffer = new byte[8192];
        try (stderr) {
            int read;
            while ((read = stderr.read(buffer)) >= 0) {
                stderrTail.append(buffer, read);
            }
        } catch (IOException closed) {
            // Killed: whatever was read is kept.
        }
    }

    private static void startDaemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
