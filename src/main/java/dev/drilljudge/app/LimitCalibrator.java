package dev.drilljudge.app;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.result.LimitCalibration;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.Solution;
import dev.drilljudge.problem.SolutionKind;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.worker.protocol.TestOutcome;

import java.util.ArrayList;
import java.util.List;

/**
 * `judge verify --calibrate`, after Kattis' problemtools: runs every accepted solution on the hidden tests, takes the
 * most CPU time any of them used on a test, and proposes {@value #MARGIN}× that as the per-test limit (rounded up to
 * 100 ms, never under {@value #FLOOR_MS} ms, where JVM noise dominates); then shows how far every slow solution is
 * from it.
 */
public final class LimitCalibrator {
    public static final int MARGIN = 3;
    public static final long FLOOR_MS = 500;
    private static final long ROUNDING_MS = 100;

    private final JudgeEngine engine;

    public LimitCalibrator(JudgeEngine engine) {
        this.engine = engine;
    }

    public List<LimitCalibration> calibrate(ProblemBank bank, List<String> problemIds) {
        List<String> ids = problemIds.isEmpty() ? bank.ids() : problemIds;
        for (String id : ids) {
            if (!bank.contains(id)) {
                throw new BadInputException("unknown problem '" + id + "' in " + bank.root()
                        + "; run `judge list` to see the ids");
            }
        }
        List<LimitCalibration> calibrations = new ArrayList<>();
        for (String id : ids) {
            calibrations.add(calibrate(bank.get(id)));
        }
        return calibrations;
    }

    /** The proposed limit for a slowest accepted test of {@code acceptedCpuMs}. */
    public static long proposedLimitMs(long acceptedCpuMs) {
        long scaled = MARGIN * acceptedCpuMs;
        long rounded = (scaled + ROUNDING_MS - 1) / ROUNDING_MS * ROUNDING_MS;
        return Math.max(FLOOR_MS, rounded);
    }

    private LimitCalibration calibrate(ProblemPackage problem) {
        long currentLimit = problem.limits().testTimeoutMs();
        long acceptedMax = 0;
        String where = "";
        for (Solution solution : problem.solutions(SolutionKind.ACCEPTED)) {
            Judgement judgement = judge(problem, solution);
            if (!judgement.verdict().isAccepted()) {
                return new LimitCalibration(problem.id(), currentLimit, 0, "", 0, List.of(),
                        "accepted solution " + solution.name() + " got " + judgement.headline(), MARGIN, FLOOR_MS);
            }
            for (TestResult result : judgement.results()) {
                if (result.cpuMs() > acceptedMax) {
                    acceptedMax = result.cpuMs();
                    where = solution.name() + ", test " + result.number() + " (" + result.displayName() + ")";
                }
            }
        }
        if (where.isEmpty()) {
            return new LimitCalibration(problem.id(), currentLimit, 0, "", 0, List.of(),
                    "no accepted solution in solutions/accepted/", MARGIN, FLOOR_MS);
        }
        long proposed = proposedLimitMs(acceptedMax);
        List<LimitCalibration.SlowMargin> slow = new ArrayList<>();
        for (Solution solution : problem.solutions(SolutionKind.SLOW)) {
            Judgement judgement = engine.judge(problem, SourceTrees.read(solution.directory()), RunMode.HIDDEN, true,
                    false);
            slow.add(slowMargin(solution.name(), judgement, proposed));
        }
        return new LimitCalibration(problem.id(), currentLimit, acceptedMax, where, proposed, slow, "", MARGIN,
                FLOOR_MS);
    }

    private static LimitCalibration.SlowMargin slowMargin(String name, Judgement judgement, long proposedMs) {
        TestResult slowest = null;
        for (TestResult result : judgement.results()) {
            if (slowest == null || result.cpuMs() > slowest.cpuMs()) {
                slowest = result;
            }
        }
        if (slowest == null) {
            return new LimitCalibration.SlowMargin(name, judgement.headline(), 0, false, 0);
        }
        boolean killed = slowest.status() == TestStatus.of(TestOutcome.TIME_LIMIT_EXCEEDED)
                && slowest.message().startsWith("used more than");
        double ratio = Math.round(10.0 * slowest.cpuMs() / proposedMs) / 10.0;
        return new LimitCalibration.SlowMargin(name, "test " + slowest.number() + " (" + slowest.displayName() + ")",
                slowest.cpuMs(), killed, ratio);
    }

    private Judgement judge(ProblemPackage problem, Solution solution) {
        return engine.judge(problem, SourceTrees.read(solution.directory()), RunMode.HIDDEN, false, false);
    }
}
