package dev.drilljudge.app;

import dev.drilljudge.compile.CompiledUnit;
import dev.drilljudge.complexity.GrowthAnswerCheck;
import dev.drilljudge.complexity.GrowthFit;
import dev.drilljudge.problem.ComplexitySpec;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.repro.AnswerOrder;
import dev.drilljudge.sandbox.GrowthRequest;
import dev.drilljudge.sandbox.GrowthRun;
import dev.drilljudge.sandbox.GrowthRunner;
import dev.drilljudge.sandbox.WorkerSpec;
import dev.drilljudge.verdict.Complexity;
import dev.drilljudge.verdict.GrowthAnswers;
import dev.drilljudge.worker.protocol.Event;
import dev.drilljudge.worker.protocol.GrowthCall;
import dev.drilljudge.worker.protocol.GrowthJob;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Measures a submission's growth with its problem's generator and fits it: the measurement's settings live here.
 * First about 20 ms of CPU time of calls at the smallest size warm the JIT up. Then, at each size, two warm-up calls
 * and up to five measured samples (fewer once a size has used 200 ms), the fastest kept; a call shorter than a
 * millisecond is timed in a batch of up to 64 calls (at most 2^20 elements of arguments in all); a call over half a
 * second ends the series; the whole series may use 3 s of CPU time. A series the machine starved is measured once
 * more in a fresh worker.
 *
 * <p>The answers are checked too: one call of every measured sample, picked with a seed drawn here at random, has its
 * answer compared with the model answer's on the same generated input. The model answer runs in a growth worker of
 * its own (never in the candidate's JVM, never in the judge's), which answers exactly those calls; the judge compares.
 * A wrong answer voids the growth (see {@link Complexity#withAnswers}).
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
    /** The model answer computes each checked call once; an optimal answer needs a small share of this. */
    static final long MODEL_BUDGET_MS = 3_000;
    private static final SecureRandom CHECK_SEEDS = new SecureRandom();

    private GrowthMeasurement() {
    }

    /** @param model the problem's model answer, compiled; asked for only when there are answers to check */
    static Complexity measure(GrowthRunner runner, ProblemPackage problem, CompiledUnit unit, WorkerSpec spec,
                              Supplier<Optional<CompiledUnit>> model) {
        ComplexitySpec complexity = problem.complexity();
        GrowthJob job = new GrowthJob(complexity.generator(), complexity.className(), complexity.methodName(),
                complexity.sizes(), SEED, WARM_UP_CALLS, MEASURED_CALLS, SIZE_BUDGET_MS * 1_000_000,
                CALL_CAP_MS * 1_000_000, SAMPLE_TARGET_MICROS * 1_000, MAX_CALLS_PER_SAMPLE, MAX_ELEMENTS_PER_SAMPLE,
                WARM_UP_BUDGET_MS * 1_000_000, true, CHECK_SEEDS.nextLong(), List.of());
        GrowthRequest request = new GrowthRequest(unit, job, problem.allowThreads(), problem.allowApis(),
                OUTPUT_LIMIT_BYTES, spec, SERIES_BUDGET_MS);
        GrowthRun run = measureOnce(runner, request);
        Complexity fitted = GrowthFit.fit(complexity.time(), java.util.Set.copyOf(complexity.fixed()), run.sizes(),
                run.cpuNanos().stream().map(nanos -> nanos / 1e6).toList(), run.note());
        return fitted.withAnswers(checkAnswers(runner, problem, request, run.answers(), model));
    }

    /** Overload is not the code's fault: like a starved test, a starved series runs once more, in a fresh worker. */
    private static GrowthRun measureOnce(GrowthRunner runner, GrowthRequest request) {
        GrowthRun run = runner.measure(request);
        return run.starved() ? runner.measure(request) : run;
    }

    private static GrowthAnswers checkAnswers(GrowthRunner runner, ProblemPackage problem, GrowthRequest candidate,
                                              List<Event.GrowthAnswer> answers,
                                              Supplier<Optional<CompiledUnit>> model) {
        if (answers.isEmpty()) {
            return GrowthAnswers.NONE;
        }
        if (!problem.complexity().checkAnswers()) {
            return GrowthAnswerCheck.unchecked(answers);
        }
        Optional<CompiledUnit> modelUnit = model.get();
        if (modelUnit.isEmpty()) {
            return GrowthAnswerCheck.unchecked(answers);
        }
        if (sameClasses(candidate.unit().candidateClasses(), modelUnit.get().candidateClasses())) {
            // The model answer itself (verifying the bank): its answers are the model's by definition.
            return GrowthAnswerCheck.check(answers, answers, false);
        }
        List<GrowthCall> calls = answers.stream().map(answer -> new GrowthCall(answer.n(), answer.seed())).toList();
        GrowthRequest replay = new GrowthRequest(modelUnit.get(), candidate.job().replaying(calls),
                problem.allowThreads(), problem.allowApis(), OUTPUT_LIMIT_BYTES, candidate.workerSpec(),
                MODEL_BUDGET_MS);
        GrowthRun modelRun = measureOnce(runner, replay);
        return GrowthAnswerCheck.check(answers, modelRun.answers(), AnswerOrder.anyOrder(problem));
    }

    private static boolean sameClasses(Map<String, byte[]> mine, Map<String, byte[]> theirs) {
        return mine.keySet().equals(theirs.keySet())
                && mine.entrySet().stream().allMatch(entry -> Arrays.equals(entry.getValue(), theirs.get(entry.getKey())));
    }
}
