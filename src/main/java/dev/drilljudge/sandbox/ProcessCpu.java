package dev.drilljudge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The operating system's view of a worker: how much CPU time its processes have used, and how long their threads
 * waited, runnable, for a CPU (the scheduler's run delay). The judge reads it itself, so a worker cannot under- or
 * over-report its own CPU time, and it tells a starved test (runnable but not scheduled, on a busy machine) from an
 * idle one (sleeping or blocked): CPU time plus run delay make up most of a starved test's wall time and almost
 * none of a sleeping test's.
 * <p>
 * Linux keeps both per thread in {@code /proc/<pid>/task/<tid>/schedstat} (nanoseconds on the CPU, nanoseconds
 * waiting on a run queue); where that file is missing, CPU time comes from {@link ProcessHandle.Info} and the run
 * delay is unknown.
 *
 * @param cpuNanos      CPU time of the worker JVM and everything it started
 * @param runDelayNanos time its threads spent runnable but waiting for a CPU; -1 when the system does not say
 */
record ProcessCpu(long cpuNanos, long runDelayNanos) {
    static final ProcessCpu UNKNOWN = new ProcessCpu(0, -1);

    boolean knowsRunDelay() {
        return runDelayNanos >= 0;
    }

    /** What was used between {@code earlier} and this reading. */
    ProcessCpu since(ProcessCpu earlier) {
        long delay = knowsRunDelay() && earlier.knowsRunDelay() ? runDelayNanos - earlier.runDelayNanos : -1;
        return new ProcessCpu(Math.max(0, cpuNanos - earlier.cpuNanos), delay < 0 ? -1 : delay);
    }

    /** Reads the worker's processes: the one the judge started (prlimit, bubblewrap) and its descendants. */
    static ProcessCpu of(List<ProcessHandle> processes) {
        long cpu = 0;
        long delay = 0;
        boolean delayKnown = true;
        for (ProcessHandle process : processes) {
            // The process total also holds threads that already ended; the per-thread figures are finer grained.
            long processTotal = process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
            long[] schedstat = schedstat(process.pid());
            if (schedstat != null) {
                cpu += Math.max(processTotal, schedstat[0]);
                delay += schedstat[1];
            } else {
                delayKnown = false;
                cpu += processTotal;
            }
        }
        return new ProcessCpu(cpu, delayKnown ? delay : -1);
    }

    /** CPU and run-delay nanoseconds summed over the process's threads, or null when /proc does not have them. */
    private static long[] schedstat(long pid) {
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return null;
        }
        long[] sums = new long[2];
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                String[] fields = readFirstLine(thread.resolve("schedstat"));
                if (fields == null) {
                    continue; // the thread ended between the listing and the read
                }
                sums[0] += Long.parseLong(fields[0]);
                sums[1] += Long.parseLong(fields[1]);
            }
        } catch (IOException | NumberFormatException | java.io.UncheckedIOException e) {
            return null;
        }
        return sums;
    }

    private static String[] readFirstLine(Path file) {
        try {
            String[] fields = Files.readString(file).trim().split("\\s+");
            return fields.length >= 2 ? fields : null;
        } catch (IOException gone) {
            return null;
        }
    }
}
