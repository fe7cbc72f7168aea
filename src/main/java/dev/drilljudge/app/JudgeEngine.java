package dev.drilljudge.app;

import dev.drilljudge.BadInputException;
import dev.drilljudge.compile.CompileOutcome;
import dev.drilljudge.compile.CompileRequest;
import dev.drilljudge.compile.CompiledUnit;
import dev.drilljudge.compile.InMemoryCompiler;
import dev.drilljudge.policy.BytecodePolicy;
import dev.drilljudge.policy.PolicyViolation;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.Solution;
import dev.drilljudge.problem.SolutionKind;
import dev.drilljudge.problem.StarterSignature;
import dev.drilljudge.sandbox.GrowthRunner;
import dev.drilljudge.sandbox.RunRequest;
import dev.drilljudge.sandbox.RunResult;
import dev.drilljudge.sandbox.SandboxLayers;
import dev.drilljudge.sandbox.SandboxRunner;
import dev.drilljudge.sandbox.WorkerClasspath;
import dev.drilljudge.sandbox.WorkerPool;
import dev.drilljudge.sandbox.WorkerSpec;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.verdict.Complexity;
import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The judging use case: problem → compile → policy → sandboxed run → verdict. Candidate code is compiled
 * here but only ever executed in a worker JVM. Thread-safe; one engine per process keeps javac warm and
 * the worker pool full.
 */
public final class JudgeEngine implements SubmissionEvaluator.SubmissionJudge, AutoCloseable {
    private static final Duration COMPILE_TIME_LIMIT = Duration.ofSeconds(30);
    private static final int MAX_SOURCE_CHARS = 512 * 1024;
    private static final int MAX_POLICY_DIAGNOSTICS = 20;

    private final InMemoryCompiler compiler;
    private final WorkerPool pool;
    private final SandboxRunner runner;
    private final GrowthRunner growthRunner;
    /** Growth measurements run beside the tests: both are judged on CPU time, so neither slows the other's verdict. */
    private final ExecutorService growthThreads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "judge-growth");
        thread.setDaemon(true);
        return thread;
    });
    /** Starts the spares after a judgement without holding up its reply (the forks take 10-120 ms). */
    private final ExecutorService replenisher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "judge-replenish");
        thread.setDaemon(true);
        return thread;
    });
    /** Idle never-used workers kept per spec after a judgement (see {@link EngineOptions#spareWorkers()}). */
    private final int spareWorkers;
    /** Runs at once, one per worker: a batch may compile more submissions ahead than it runs. */
    private final Semaphore runSlots;
    /** The compiled-classes cache on disk (folder and key), hidden from workers by the OS sandbox. */
    private final List<Path> cacheLocations;
    /** javac has been given its one-line warm-up class (at start, or at the first judgement announced). */
    private final AtomicBoolean compilerWarmedUp = new AtomicBoolean();

    public JudgeEngine(EngineOptions options) {
        this(options, SandboxLayers.detect());
    }

    public JudgeEngine(EngineOptions options, SandboxLayers layers) {
        compiler = new InMemoryCompiler(options.workerPoolSize(), options.classesCache());
        pool = new WorkerPool(layers, options.spareWorkers());
        runner = new SandboxRunner(pool);
        growthRunner = new GrowthRunner(pool);
        spareWorkers = options.spareWorkers();
        runSlots = new Semaphore(options.workerPoolSize(), true);
        cacheLocations = options.classesCache().locations();
        // Reads (or creates) the cache key now, before any worker starts, so the OS sandbox finds it to hide.
        options.classesCache().authenticated();
        if (options.warmUpCompiler()) {
            warmUpCompilerOnce();
        }
    }

    private void warmUpCompilerOnce() {
        if (compilerWarmedUp.compareAndSet(false, true)) {
            compiler.warmUp();
        }
    }

    /** Whether javac has been warmed up so far (tests: an engine that judges nothing never starts javac). */
    boolean compilerWarmedUp() {
        return compilerWarmedUp.get();
    }

    /**
     * Starts workers for this problem now, so they boot while the caller reads files or compiles: one for the tests,
     * or the engine's spares when it keeps some, and as many for the growth series when the engine keeps spares and
     * the problem measures growth (a submit needs a worker of each kind).
     */
    public void prepare(ProblemPackage problem) {
        WorkerSpec spec = workerSpec(problem);
        pool.prepare(spec, Math.max(1, spareWorkers));
        if (spareWorkers > 0 && problem.measuresGrowth()) {
            pool.prepare(spec.forGrowth(), spareWorkers);
        }
    }

    /**
     * Starts a worker for each judgement announced, so none of them waits for a JVM: a batch announces its first
     * judgements, then each next one while the current ones run. Every submission gets a fresh worker, so each
     * announcement starts one more, used by exactly one judgement. The first announcement also warms javac up (once
     * per engine), since an announced judgement surely compiles: a batch that announces none, such as a cohort shard
     * that holds no student, never loads javac.
     */
    @Override
    public void prepare(List<ProblemPackage> upcoming) {
        if (!upcoming.isEmpty()) {
            warmUpCompilerOnce();
        }
        upcoming.forEach(problem -> pool.reserve(workerSpec(problem)));
    }

    /**
     * Starts the workers of one judgement announced ahead, now: its tests' worker, and its growth series' when
     * {@code measureGrowth} and the problem measures growth. Every call starts workers of their own, so the caller
     * announces only judgements it will surely make (`judge verify` announces each problem's next judgement).
     */
    public void announce(ProblemPackage problem, boolean measureGrowth) {
        WorkerSpec spec = workerSpec(problem);
        pool.reserve(spec);
        if (measureGrowth && problem.measuresGrowth()) {
            pool.reserve(spec.forGrowth());
        }
    }

    /** Started workers that no job has used yet, of every spec (tests: nothing is started that nothing uses). */
    int idleWorkers() {
        return pool.idleWorkers();
    }

    public Judgement judge(ProblemPackage problem, List<SourceFile> submission, RunMode mode) {
        return judge(problem, submission, mode, false);
    }

    /**
     * @param stopAtFirstFailure stop at the first failing test: the verdict is the same, the other tests are
     *                           reported NOT_RUN (used by `judge verify` for solutions that must fail)
     */
    public Judgement judge(ProblemPackage problem, List<SourceFile> submission, RunMode mode,
                           boolean stopAtFirstFailure) {
        return judge(problem, submission, mode, stopAtFirstFailure, false);
    }

    /**
     * @param measureGrowth also measure the code's growth with the problem's generator, when it has one (what
     *                      `judge submit` and `judge verify` do): the judgement then carries its {@code complexity}
     */
    @Override
    public Judgement judge(ProblemPackage problem, List<SourceFile> submission, RunMode mode,
                           boolean stopAtFirstFailure, boolean measureGrowth) {
        return judge(problem, submission, mode, SourceTrees.readIfPresent(testsDir(problem, mode)), stopAtFirstFailure,
                measureGrowth);
    }

    /**
     * Runs tests the judge wrote itself (`judge repro`'s one call) against a submission, through the same compile,
     * policy, sandbox and limits as any judgement.
     */
    public Judgement probe(ProblemPackage problem, List<SourceFile> submission, List<SourceFile> tests) {
        return judge(problem, submission, RunMode.SAMPLE, tests, false, false);
    }

    private Judgement judge(ProblemPackage problem, List<SourceFile> submission, RunMode mode, List<SourceFile> tests,
                            boolean stopAtFirstFailure, boolean measureGrowth) {
        long startNanos = System.nanoTime();
        requireUsableSubmission(problem, submission);
        if (tests.isEmpty()) {
            if (mode == RunMode.SAMPLE) {
                throw new BadInputException("problem '" + problem.id() + "' has no sample tests; use `judge submit "
                        + problem.id() + "` to run the hidden tests");
            }
            return VerdictAssembler.stopped(problem.id(), mode, Verdict.JUDGE_ERROR,
                    "the problem has no hidden tests", List.of(), timings(0, 0, startNanos));
        }
        WorkerSpec spec = workerSpec(problem);
        boolean growthMeasured = measureGrowth && problem.measuresGrowth() && mode == RunMode.HIDDEN;
        pool.prepare(spec);
        if (growthMeasured) {
            pool.prepare(spec.forGrowth());
        }
        try {
            return compileAndRun(problem, submission, mode, tests, stopAtFirstFailure, growthMeasured, spec, startNanos);
        } finally {
            replenishLater(spec, problem.measuresGrowth());
        }
    }

    /** Tops up the spares of the tests' worker spec, and of the growth series' when the problem measures growth. */
    private void replenishLater(WorkerSpec spec, boolean measuresGrowth) {
        if (spareWorkers == 0) {
            return;
        }
        try {
            replenisher.execute(() -> {
                try {
                    pool.replenish(spec);
                    if (measuresGrowth) {
                        pool.replenish(spec.forGrowth());
                    }
                } catch (RuntimeException notStarted) {
                    // Only speed depends on a spare: the next judgement starts the worker it needs.
                }
            });
        } catch (RejectedExecutionException closing) {
            // The engine is closing: no spare is wanted any more.
        }
    }

    private Judgement compileAndRun(ProblemPackage problem, List<SourceFile> submission, RunMode mode,
                                    List<SourceFile> tests, boolean stopAtFirstFailure, boolean growthMeasured,
                                    WorkerSpec spec, long startNanos) {
        CompileOutcome compiled = compiler.compile(compileRequest(problem, submission, tests));
        if (compiled instanceof CompileOutcome.Rejected rejected) {
            return VerdictAssembler.rejected(problem.id(), mode, rejected, timings(rejected.elapsedMs(), 0, startNanos));
        }
        CompileOutcome.Compiled success = (CompileOutcome.Compiled) compiled;
        CompiledUnit unit = success.unit();
        List<PolicyViolation> violations = BytecodePolicy.forSubmission(problem.apiProfile(),
                unit.candidateClasses(), unit.supportClasses()).checkAll();
        if (!violations.isEmpty()) {
            return VerdictAssembler.stopped(problem.id(), mode, Verdict.SECURITY_VIOLATION,
                    violations.get(0).describe(), asDiagnostics(violations),
                    timings(success.elapsedMs(), 0, startNanos));
        }
        Future<Complexity> growth = growthMeasured
                ? growthThreads.submit(() -> GrowthMeasurement.measure(growthRunner, problem, unit, spec,
                        () -> modelAnswer(problem)))
                : CompletableFuture.completedFuture(null);
        RunResult run = runInSlot(new RunRequest(unit, problem.limits(), problem.allowThreads(), problem.allowApis(),
                spec, stopAtFirstFailure));
        Judgement judgement = VerdictAssembler.fromRun(problem.id(), mode, run, notesAsDiagnostics(unit),
                new Timings(success.elapsedMs(), run.runMs(), elapsedMs(startNanos), success.testsReused(),
                        success.candidateReused()));
        Complexity complexity = await(growth);
        return complexity == null || judgement.verdict() == Verdict.JUDGE_ERROR ? judgement
                : judgement.withComplexity(complexity);
    }

    /**
     * The problem's first model answer, compiled as a submission is (against the hidden tests, so a verification or an
     * earlier submit usually finds it in the compiled-classes cache); empty when there is none or it does not compile.
     * It only ever runs in a worker of its own.
     */
    private Optional<CompiledUnit> modelAnswer(ProblemPackage problem) {
        List<Solution> accepted = problem.solutions(SolutionKind.ACCEPTED);
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        CompileOutcome compiled = compiler.compile(compileRequest(problem, SourceTrees.read(accepted.get(0).directory()),
                SourceTrees.readIfPresent(testsDir(problem, RunMode.HIDDEN))));
        return compiled instanceof CompileOutcome.Compiled success ? Optional.of(success.unit()) : Optional.empty();
    }

    private static Complexity await(Future<Complexity> growth) {
        try {
            return growth.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the growth measurement failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Compiles {@code starter} against the problem's sample and hidden tests, runs nothing, and keeps the classes in
     * the engine's cache: an answer that keeps the starter's signatures then finds both test sets compiled.
     */
    public void precompile(ProblemPackage problem, List<SourceFile> starter) {
        for (RunMode mode : RunMode.values()) {
            List<SourceFile> tests = SourceTrees.readIfPresent(testsDir(problem, mode));
            if (!tests.isEmpty()) {
                compiler.compile(compileRequest(problem, starter, tests));
            }
        }
    }

    /**
     * Compiles {@code submission} against the sample tests (the hidden ones when the problem has none) and runs
     * nothing: empty when it compiles, else the COMPILE_ERROR (or SECURITY_VIOLATION) judgement.
     */
    public Optional<Judgement> compileOnly(ProblemPackage problem, List<SourceFile> submission) {
        long startNanos = System.nanoTime();
        RunMode mode = SourceTrees.readIfPresent(problem.sampleTestsDir()).isEmpty() ? RunMode.HIDDEN : RunMode.SAMPLE;
        CompileOutcome compiled = compiler.compile(compileRequest(problem, submission,
                SourceTrees.readIfPresent(testsDir(problem, mode))));
        if (compiled instanceof CompileOutcome.Rejected rejected) {
            return Optional.of(VerdictAssembler.rejected(problem.id(), mode, rejected,
                    timings(rejected.elapsedMs(), 0, startNanos)));
        }
        return Optional.empty();
    }

    private static CompileRequest compileRequest(ProblemPackage problem, List<SourceFile> submission,
                                                 List<SourceFile> tests) {
        return new CompileRequest(submission, SourceTrees.readIfPresent(problem.supportDir()), tests,
                WorkerClasspath.testLibraries(), () -> StarterSignature.of(problem), COMPILE_TIME_LIMIT);
    }

    private RunResult runInSlot(RunRequest request) {
        try {
            runSlots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        }
        try {
            return runner.run(request);
        } finally {
            runSlots.release();
        }
    }

    private static void requireUsableSubmission(ProblemPackage problem, List<SourceFile> submission) {
        if (submission.isEmpty()) {
            throw new BadInputException("no .java files to judge for '" + problem.id()
                    + "'; run `judge start " + problem.id() + "` or pass a .java file or folder");
        }
        long chars = submission.stream().mapToLong(source -> source.content().length()).sum();
        if (chars > MAX_SOURCE_CHARS) {
            throw new BadInputException("the submission is " + chars / 1024 + " KiB of source; the limit is "
                    + MAX_SOURCE_CHARS / 1024 + " KiB");
        }
    }

    private static Path testsDir(ProblemPackage problem, RunMode mode) {
        return mode == RunMode.SAMPLE ? problem.sampleTestsDir() : problem.hiddenTestsDir();
    }

    private WorkerSpec workerSpec(ProblemPackage problem) {
        List<Path> hidden = new ArrayList<>(cacheLocations);
        Path bank = problem.root().toAbsolutePath().normalize().getParent();
        if (bank != null) {
            hidden.add(0, bank);
        }
        return new WorkerSpec(problem.limits().memoryMb(), hidden);
    }

    /** Every refused API, each in its file and line, so one round of fixes clears them all. */
    private static List<Diagnostic> asDiagnostics(List<PolicyViolation> violations) {
        return violations.stream().limit(MAX_POLICY_DIAGNOSTICS)
                .map(violation -> new Diagnostic(violation.sourceFile(), violation.line(), 0, violation.message()))
                .toList();
    }

    private static List<Diagnostic> notesAsDiagnostics(CompiledUnit unit) {
        return unit.notes().stream().map(note -> new Diagnostic("", 0, 0, "note: " + note)).toList();
    }

    private static Timings timings(long compileMs, long runMs, long startNanos) {
        return new Timings(compileMs, runMs, elapsedMs(startNanos));
    }

    private static long elapsedMs(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        // Not shutdownNow: an interrupted start could lose a forked worker; a spare started now is killed below.
        replenisher.shutdown();
        growthThreads.shutdownNow();
        pool.close();
        compiler.close();
    }
}
