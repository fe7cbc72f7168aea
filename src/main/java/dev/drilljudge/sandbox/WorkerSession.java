package dev.drilljudge.sandbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The session a worker JVM leads (started through {@code setsid}), and every process still in it: whatever the
 * worker started, including processes re-parented to init after their parent died, stays in its session and
 * process group unless it calls setsid itself (which only bubblewrap's PID namespace catches, and the bytecode
 * policy forbids starting processes at all). Found through {@code /proc}, since Java cannot signal a process group.
 */
final class WorkerSession {
    static final WorkerSession NONE = new WorkerSession(-1);
    private static final Path PROC = Path.of("/proc");
    private static final long SWEEP_PAUSE_MS = 10;

    private final long sessionId;

    private WorkerSession(long sessionId) {
        this.sessionId = sessionId;
    }

    /**
     * The session a process started through setsid leads: setsid makes the process's pid its session and group id
     * (it may not have run yet when this is called, so nothing is read here). No living session can have the id of a
     * new process, and never the judge's own: the kernel does not reuse a pid that still names a session or group.
     */
    static WorkerSession ledBy(ProcessHandle leader) {
        return leader.pid() == ownSession() ? NONE : new WorkerSession(leader.pid());
    }

    boolean exists() {
        return sessionId > 0;
    }

    long id() {
        return sessionId;
    }

    /** Live processes of the session or its process group (zombies, already dead, are not counted). */
    List<Long> members() {
        List<Long> members = new ArrayList<>();
        if (!exists()) {
            return members;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path entry : entries) {
                long pid = Long.parseLong(entry.getFileName().toString());
                Ids.of(pid).filter(ids -> !ids.zombie() && (ids.session() == sessionId || ids.group() == sessionId))
                        .ifPresent(ids -> members.add(pid));
            }
        } catch (IOException | RuntimeException unreadable) {
            // No /proc: nothing to sweep beyond the worker's own descendants.
        }
        return members;
    }

    /** SIGKILLs every member until none is left or {@code withinMs} is up; true when the session is empty. */
    boolean killAll(long withinMs) {
        if (!exists()) {
            return true;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(withinMs);
        while (true) {
            List<Long> members = members();
            if (members.isEmpty()) {
                return true;
            }
            members.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            if (System.nanoTime() > deadline) {
                return members().isEmpty();
            }
            try {
                Thread.sleep(SWEEP_PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return members().isEmpty();
            }
        }
    }

    /** Whether the process exists and is not a zombie (a killed process its parent has not reaped yet). */
    static boolean running(long pid) {
        return Ids.of(pid).map(ids -> !ids.zombie()).orElse(false);
    }

    /** Waits until none of {@code pids} is running, up to {@code withinMs}; true when they all ended. */
    static boolean awaitEnded(List<Long> pids, long withinMs) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(withinMs);
        while (pids.stream().anyMatch(WorkerSession::running)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(SWEEP_PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return pids.stream().noneMatch(WorkerSession::running);
            }
        }
        return true;
    }

    private static long ownSession() {
        return Ids.of(ProcessHandle.current().pid()).map(Ids::session).orElse(-2L);
    }

    /** Fields of /proc/PID/stat after the command name (which may hold spaces and parentheses). */
    private record Ids(boolean zombie, long group, long session) {
        static Optional<Ids> of(long pid) {
            try {
                String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Optional.of(new Ids(fields[0].equals("Z") || fields[0].equals("X"),
                        Long.parseLong(fields[2]), Long.parseLong(fields[3])));
            } catch (IOException | RuntimeException gone) {
                return Optional.empty();
            }
        }
    }
}
