package dev.drilljudge.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * What a worker JVM is started with; workers are only reused for jobs with an equal spec.
 *
 * @param heapMb      the -Xmx of the worker, from the problem's memory limit
 * @param hiddenPaths folders masked inside the OS sandbox (the problem bank)
 */
public record WorkerSpec(int heapMb, List<Path> hiddenPaths) {
    public WorkerSpec {
        hiddenPaths = List.copyOf(hiddenPaths);
    }
}
