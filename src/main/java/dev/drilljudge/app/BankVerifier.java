package dev.drilljudge.app;

import dev.drilljudge.BadInputException;
import dev.drilljudge.debug.HandOut;
import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.SeededBug;
import dev.drilljudge.problem.Solution;
import dev.drilljudge.problem.SolutionKind;
import dev.drilljudge.result.CheckKind;
import dev.drilljudge.result.ProblemVerification;
import dev.drilljudge.result.SolutionCheck;
import dev.drilljudge.result.VerificationReport;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.verdict.Complexity;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.Verdict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
    /** Every verdict comes through the same seam as a submission's; verify needs no readability and no scores. */
    private final SubmissionEvaluator evaluator;
    private final int parallelism;

    public BankVerifier(JudgeEngine engine, int parallelism) {
        this.engine = engine;
        this.evaluator = new SubmissionEvaluator(engine, ReadabilityChecks.none(), SubmissionEvaluator.UNSCORED, true);
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
        List<Loaded> loaded = ids.stream().map(id -> Loaded.of(bank, id)).toList();
        // Longest first: the last problems to start are the short ones, so every thread stays busy to the end rather
        // than one finishing a long problem alone while the others idle.
        List<Integer> order = new ArrayList<>();
        for (int index = 0; index < loaded.size(); index++) {
            order.add(index);
        }
        order.sort(Comparator.comparingLong((Integer index) -> loaded.get(index).estimatedCost()).reversed());
        ExecutorService executor = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<ProblemVerification>> pending = new ArrayList<>(Collections.nCopies(loaded.size(), null));
            for (int index : order) {
                Loaded problem = loaded.get(index);
                pending.set(index, executor.submit(() -> verifyProblem(problem)));
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

    /** A problem of the bank, loaded, or why it could not be. */
    private record Loaded(String id, ProblemPackage problem, String invalid) {
        static Loaded of(ProblemBank bank, String id) {
            try {
                return new Loaded(id, bank.get(id), "");
            } catch (BadInputException invalid) {
                return new Loaded(id, null, invalid.getMessage());
            }
        }

        /**
         * A rough CPU cost, to start the longest problems first: a judgement is about a worker's start, a growth series
         * up to {@link GrowthMeasurement#SERIES_BUDGET_MS} more, a slow solution its time limit more.
         */
        long estimatedCost() {
            if (problem == null) {
                return 0;
            }
            long judgementMs = 1_000;
            long growthMs = problem.measuresGrowth() ? GrowthMeasurement.SERIES_BUDGET_MS : 0;
            int accepted = problem.solutions(SolutionKind.ACCEPTED).size();
            int slow = problem.solutions(SolutionKind.SLOW).size();
            return judgementMs * (1 + 2L * accepted + problem.solutions(SolutionKind.WRONG).size() + slow)
                    + growthMs * (accepted + slow) + slow * problem.limits().testTimeoutMs();
        }
    }

    private ProblemVerification verifyProblem(Loaded loaded) {
        if (loaded.problem() == null) {
            return new ProblemVerification(loaded.id(), loaded.invalid(), List.of(), Optional.empty());
        }
        ProblemPackage problem = loaded.problem();
        String id = problem.id();
        Lookahead ahead = new Lookahead(problem, plannedJudgements(problem));
        List<SolutionCheck> checks = new ArrayList<>();
        if (java.nio.file.Files.isDirectory(problem.starterDir())) {
            ahead.next();
            Judgement starter = judge(problem, problem.starterDir(), RunMode.HIDDEN, true);
            boolean expected = starter.verdict() != Verdict.COMPILE_ERROR && starter.verdict() != Verdict.ACCEPTED
                    && starter.verdict() != Verdict.JUDGE_ERROR;
            checks.add(check(problem, CheckKind.STARTER, "starter", starter, expected));
        }
        for (Solution solution : problem.solutions(SolutionKind.ACCEPTED)) {
            ahead.next();
            AcceptedRun hidden = AcceptedRun.judge(() -> judgeAccepted(problem, solution.directory(), RunMode.HIDDEN),
                    judgement -> TimeMargins.acceptedDoubt(problem, judgement));
            checks.add(new SolutionCheck(problem.id(), CheckKind.ACCEPTED_HIDDEN, solution.name(),
                    hidden.judgement().verdict(), hidden.asExpected(), detail(hidden.judgement(), hidden.doubt())));
            if (java.nio.file.Files.isDirectory(problem.sampleTestsDir())) {
                ahead.next();
                Judgement sample = judgeAccepted(problem, solution.directory(), RunMode.SAMPLE);
                checks.add(check(problem, CheckKind.ACCEPTED_SAMPLE, solution.name(), sample,
                        sample.verdict().isAccepted()));
            }
        }
        for (Solution solution : problem.solutions(SolutionKind.WRONG)) {
            ahead.next();
            Judgement hidden = judge(problem, solution.directory(), RunMode.HIDDEN, true);
            checks.add(check(problem, CheckKind.WRONG, solution.name(), hidden,
                    TEST_REJECTIONS.contains(hidden.verdict())));
            checks.addAll(debugDrillChecks(problem, solution));
        }
        for (Solution solution : problem.solutions(SolutionKind.SLOW)) {
            ahead.next();
            Judgement hidden = evaluator.verdict(problem, SourceTrees.read(solution.directory()), RunMode.HIDDEN, true,
                    true);
            String doubt = TimeMargins.slowDoubt(problem, hidden);
            checks.add(new SolutionCheck(problem.id(), CheckKind.SLOW, solution.name(), hidden.verdict(),
                    hidden.verdict() == Verdict.TIME_LIMIT_EXCEEDED && doubt.isEmpty(), detail(hidden, doubt)));
        }
        return new ProblemVerification(id, "", checks, Optional.of(problem.apiProfile()));
    }

    /**
     * The judgements {@link #verifyProblem} makes, in its order, each saying whether its growth is measured: the
     * starter, each model answer on the hidden tests (growth) and the sample tests, each wrong solution, each slow
     * one (growth).
     */
    private static List<Boolean> plannedJudgements(ProblemPackage problem) {
        List<Boolean> growth = new ArrayList<>();
        if (java.nio.file.Files.isDirectory(problem.starterDir())) {
            growth.add(false);
        }
        boolean samples = java.nio.file.Files.isDirectory(problem.sampleTestsDir());
        for (int accepted = problem.solutions(SolutionKind.ACCEPTED).size(); accepted > 0; accepted--) {
            growth.add(true);
            if (samples) {
                growth.add(false);
            }
        }
        problem.solutions(SolutionKind.WRONG).forEach(wrong -> growth.add(false));
        problem.solutions(SolutionKind.SLOW).forEach(slow -> growth.add(true));
        return growth;
    }

    /**
     * Starts the workers of a problem's next judgement while the current one compiles and runs, one judgement ahead:
     * every announced judgement is made, so no worker is started that no judgement uses (the engine keeps no idle
     * spares). A model answer judged once more, its margin in doubt, starts its worker when it needs it.
     */
    private final class Lookahead {
        private final ProblemPackage problem;
        private final List<Boolean> plannedGrowth;
        private int current = -1;

        Lookahead(ProblemPackage problem, List<Boolean> plannedGrowth) {
            this.problem = problem;
            this.plannedGrowth = plannedGrowth;
        }

        /** The next planned judgement begins: announce the one after it. */
        void next() {
            current++;
            if (current + 1 < plannedGrowth.size()) {
                engine.announce(problem, plannedGrowth.get(current + 1));
            }
        }
    }

    /**
     * A wrong solution doubles as a debug drill's seeded bug: it needs its BUG.md, and the code as handed out
     * (comments stripped) must still compile against the tests the candidate runs.
     */
    private List<SolutionCheck> debugDrillChecks(ProblemPackage problem, Solution solution) {
        SeededBug bug = new SeededBug(problem.id(), solution.name(), solution.directory());
        String note = bug.description();
        SolutionCheck noteCheck = new SolutionCheck(problem.id(), CheckKind.BUG_NOTE, solution.name(), null,
                !note.isEmpty(), note.isEmpty() ? "no " + SeededBug.NOTE_FILE + " (or it is empty)" : note);
        Optional<Judgement> notCompiled = engine.compileOnly(problem, HandOut.of(bug).sources());
        SolutionCheck handOutCheck = notCompiled
                .map(rejected -> check(problem, CheckKind.HANDOUT, solution.name(), rejected, false))
                .orElseGet(() -> new SolutionCheck(problem.id(), CheckKind.HANDOUT, solution.name(), null, true,
                        "compiles as handed out"));
        return List.of(noteCheck, handOutCheck);
    }

    /**
     * A model answer is judged like a submission (a test the machine starved is rerun by the sandbox itself), with its
     * growth measured where the problem has a generator; {@link AcceptedRun} judges it once more when its margin is
     * in doubt.
     */
    private Judgement judgeAccepted(ProblemPackage problem, Path sources, RunMode mode) {
        return evaluator.verdict(problem, SourceTrees.read(sources), mode, false, mode == RunMode.HIDDEN);
    }

    /** The headline, the measured growth where there is one, and why the check failed. */
    private static String detail(Judgement judgement, String doubt) {
        String detail = judgement.headline();
        if (judgement.complexity() != null) {
            Complexity growth = judgement.complexity();
            detail += growth.fitted() ? "; growth " + growth.looksLike() + ", slope " + growth.exponent()
                    : "; growth " + growth.note();
        }
        return doubt.isEmpty() ? detail : detail + "; " + doubt;
    }

    private Judgement judge(ProblemPackage problem, Path sources, RunMode mode, boolean stopAtFirstFailure) {
        return evaluator.verdict(problem, SourceTrees.read(sources), mode, stopAtFirstFailure, false);
    }

    private static SolutionCheck check(ProblemPackage problem, CheckKind kind, String name, Judgement judgement,
                                       boolean asExpected) {
        return new SolutionCheck(problem.id(), kind, name, judgement.verdict(), asExpected, judgement.headline());
    }
}
