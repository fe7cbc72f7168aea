package dev.drilljudge.app;

import dev.drilljudge.compile.CompiledUnit;
import dev.drilljudge.complexity.GrowthFit;
import dev.drilljudge.problem.ComplexitySpec;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.sandbox.GrowthRequest;
import dev.drilljudge.sandbox.GrowthRun;
import dev.drilljudge.sandbox.GrowthRunner;
import dev.drilljudge.sandbox.WorkerSpec;
import dev.drilljudge.verdict.Complexity;
import dev.drilljudge.worker.protocol.GrowthJob;

/**
 * Measures a submission's growth with its problem's generator and fits it: the measurement's settings live here.
 * First about 20 ms of CPU time of calls at the smallest size warm the JIT up. Then, at each size, two warm-up calls
 * and up to five measured samples (fewer once a size has used 200 ms), the fastest kept; a call shorter than a
 * millisecond is timed in a batch of up to 64 calls (at most 2^20 elements of arguments in all); a call over half a
 * second ends the series; the whole series may use 3 s of CPU time. A series the machine starved is measured once
 * more in a fresh worker.
 */
final class GrowthMeasurement {
    static final long SEED = 42;
    static final int WARM_UP_CALLS = 2;
    static final int MEASURED_CALLS = 5;
    static final long SIZE_BUDGET_MS = 200;
    static final long CALL_CAP_MS = 500;
    static final long SERIES_BUDGET_MS = 3_000;
    /** A sample of about a millisecond makes the small sizes measurable: without it they fell under the fit's floor. */
    static final long SAMPLE_TARGET_MICROS = 1_000;
    static final int MAX_CALLS_PER_SAMPLE = 64;
    static final long MAX_ELEMENTS_PER_SAMPLE = 1 << 20;
    /** Enough calls for C1 to compile the candidate's methods, so the first sizes are not timed in the interpreter. */
    static final long WARM_UP_BUDGET_MS = 20;
    private static final long OUTPUT_LIMIT_BYTES = 64 * 1024;

    private GrowthMeasurement() {
    }

    static Complexity measure(GrowthRunner runner, ProblemPackage problem, CompiledUnit unit, WorkerSpec spec) {
        ComplexitySpec complexity = problem.complexity();
        GrowthJob job = new GrowthJob(complexity.generator(), complexity.className(), complexity.methodName(),
                complexity.sizes(), SEED, WARM_UP_CALLS, MEASURED_CALLS, SIZE_BUDGET_MS * 1_000_000,
                CALL_CAP_MS * 1_000_000, SAMPLE_TARGET_MICROS * 1_000, MAX_CALLS_PER_SAMPLE, MAX_ELEMENTS_PER_SAMPLE,
                WARM_UP_BUDGET_MS * 1_000_000, false, 0, java.util.List.of());
        GrowthRequest request = new GrowthRequest(unit, job, problem.allowThreads(), problem.allowApis(),
                OUTPUT_LIMIT_BYTES, spec, SERIES_BUDGET_MS);
        GrowthRun run = runner.measure(request);
        if (run.starved()) {
            // Overload is not the code's fault: like a starved test, the series runs once more, in a fresh worker.
            run = runner.measure(request);
        }
        return GrowthFit.fit(complexity.time(), java.util.Set.copyOf(complexity.fixed()), run.sizes(),
                run.cpuNanos().stream().map(nanos -> nanos / 1e6).toList(), run.note());
    }
}
