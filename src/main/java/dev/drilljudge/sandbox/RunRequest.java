package dev.drilljudge.sandbox;

import dev.drilljudge.compile.CompiledUnit;
import dev.drilljudge.problem.Limits;

/** One run of compiled tests against compiled candidate code, under the problem's limits. */
public record RunRequest(CompiledUnit unit, Limits limits, boolean allowThreads, WorkerSpec workerSpec) {
}
