package dev.drilljudge.app;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.Solution;
import dev.drilljudge.problem.SolutionKind;
import dev.drilljudge.result.CheckKind;
import dev.drilljudge.result.ProblemVerification;
import dev.drilljudge.result.SolutionCheck;
import dev.drilljudge.result.VerificationReport;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.Verdict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * `judge verify`, after Kattis' verifyproblem: every shipped solution gets the verdict its folder promises,
 * so hidden tests are only called strong when they catch the known-wrong solutions. Every check runs through
 * the same sandboxed engine as a submission.
 */
public final class BankVerifier {
    private static final Set<Verdict> TEST_REJECTIONS = EnumSet.of(Verdict.WRONG_ANSWER, Verdict.RUNTIME_ERROR,
            Verdict.TIME_LIMIT_EXCEEDED, Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.OUTPUT_LIMIT_EXCEEDED);

    private final JudgeEngine engine;
    private final int parallelism;

    public BankVerifier(JudgeEngine engine, int parallelism) {
        this.engine = engine;
        this.parallelism = Math.max(1, parallelism);
    }

    /** Verifies the named problems, or the whole bank when {@code problemIds} is empty. */
    public VerificationReport verify(ProblemBank bank, List<String> problemIds) {
        List<String> ids = problemIds.isEmpty() ? bank.ids() : problemIds;
        for (String id : ids) {
            if (!bank.contains(id)) {
                throw new BadInputException("unknown problem '" + id + "' in " + bank.root()
                        + "; run `judge list` to see the ids");
            }
        }
        ExecutorService executor = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<ProblemVerification>> pending = new ArrayList<>();
            for (String id : ids) {
                pending.add(executor.submit(() -> verifyProblem(bank, id)));
            }
            List<ProblemVerification> results = new ArrayList<>();
            for (Future<ProblemVerification> future : pending) {
                results.add(future.get());
            }
            return new VerificationReport(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("verification failed: " + e.getCause(), e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private ProblemVerification verifyProblem(ProblemBank bank, String id) {
        ProblemPackage problem;
        try {
            problem = bank.get(id);
        } catch (BadInputException invalid) {
            return new ProblemVerification(id, invalid.getMessage(), List.of());
        }
        List<SolutionCheck> checks = new ArrayList<>();
        if (java.nio.file.Files.isDirectory(problem.starterDir())) {
            Judgement starter = judge(problem, problem.starterDir(), RunMode.HIDDEN, true);
            boolean expected = starter.verdict() != Verdict.COMPILE_ERROR && starter.verdict() != Verdict.ACCEPTED
                    && starter.verdict() != Verdict.JUDGE_ERROR;
            checks.add(check(problem, CheckKind.STARTER, "starter", starter, expected));
        }
        for (Solution solution : problem.solutions(SolutionKind.ACCEPTED)) {
            Judgement hidden = judgeAccepted(problem, solution.directory(), RunMode.HIDDEN);
            checks.add(check(problem, CheckKind.ACCEPTED_HIDDEN, solution.name(), hidden, hidden.verdict().isAccepted()));
            if (java.nio.file.Files.isDirectory(problem.sampleTestsDir())) {
                Judgement sample = judgeAccepted(problem, solution.directory(), RunMode.SAMPLE);
                checks.add(check(problem, CheckKind.ACCEPTED_SAMPLE, solution.name(), sample,
                        sample.verdict().isAccepted()));
            }
        }
        for (Solution solution : problem.solutions(SolutionKind.WRONG)) {
            Judgement hidden = judge(problem, solution.directory(), RunMode.HIDDEN, true);
            checks.add(check(problem, CheckKind.WRONG, solution.name(), hidden,
                    TEST_REJECTIONS.contains(hidden.verdict())));
        }
        for (Solution solution : problem.solutions(SolutionKind.SLOW)) {
            Judgement hidden = judge(problem, solution.directory(), RunMode.HIDDEN, true);
            checks.add(check(problem, CheckKind.SLOW, solution.name(), hidden,
                    hidden.verdict() == Verdict.TIME_LIMIT_EXCEEDED));
        }
        return new ProblemVerification(id, "", checks);
    }

    /**
     * A model answer that exceeds a wall-clock limit is judged once more before it counts: on a loaded machine a
     * time limit can trip on a correct answer, and a flaky verdict would fail a bank that is fine. Any other
     * rejection, or a second time-out, stands.
     */
    private Judgement judgeAccepted(ProblemPackage problem, Path sources, RunMode mode) {
        Judgement first = judge(problem, sources, mode, false);
        if (first.verdict() != Verdict.TIME_LIMIT_EXCEEDED) {
            return first;
        }
        return judge(problem, sources, mode, false);
    }

    private Judgement judge(ProblemPackage problem, Path sources, RunMode mode, boolean stopAtFirstFailure) {
        return engine.judge(problem, SourceTrees.read(sources), mode, stopAtFirstFailure);
    }

    private static SolutionCheck check(ProblemPackage problem, CheckKind kind, String name, Judgement judgement,
                                       boolean asExpected) {
        return new SolutionCheck(problem.id(), kind, name, judgement.verdict(), asExpected, judgement.headline());
    }
}
