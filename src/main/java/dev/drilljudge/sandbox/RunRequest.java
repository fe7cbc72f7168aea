package dev.drilljudge.sandbox;

import dev.drilljudge.compile.CompiledUnit;
import dev.drilljudge.problem.Limits;

import java.util.List;

/**
 * One run of compiled tests against compiled candidate code, under the problem's limits.
 *
 * @param allowApis          the problem's additions to the default APIs, for the worker's own policy check
 * @param stopAtFirstFailure end the run at the first failing test (all that `judge verify` needs to know
 *                           about a wrong or slow solution); otherwise every test runs
 */
public record RunRequest(CompiledUnit unit, Limits limits, boolean allowThreads, List<String> allowApis,
                         WorkerSpec workerSpec, boolean stopAtFirstFailure) {
}
