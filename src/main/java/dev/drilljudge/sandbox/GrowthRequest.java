package dev.drilljudge.sandbox;

import dev.drilljudge.compile.CompiledUnit;
import dev.drilljudge.worker.protocol.GrowthJob;

import java.util.List;

/**
 * One growth measurement of compiled candidate code, in a worker like a test run.
 *
 * @param cpuBudgetMs the CPU time the whole series may use; the worker is killed past it and the size in flight
 *                    counts with the time it had used (a lower bound)
 */
public record GrowthRequest(CompiledUnit unit, GrowthJob job, boolean allowThreads, List<String> allowApis,
                            long outputLimitBytes, WorkerSpec workerSpec, long cpuBudgetMs) {
    public GrowthRequest {
        allowApis = List.copyOf(allowApis);
    }
}
