package dev.drilljudge.scoring;

import dev.drilljudge.readability.Readability;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.Verdict;

/**
 * What besides the code decides a submission's scores: whose clock timed it, how many attempts were rejected before,
 * and, on a debug drill, how the fix measures against the handed-out code. Every scoring decision of `submit`,
 * `grade` and `judge serve` goes through {@link #score}.
 */
public sealed interface ScoringContext {

    /**
     * A debug drill's measurements with its seeded bug revealed; {@link #score} keeps the bug back while the drill
     * stays open. Null when the submission answers no debug drill.
     */
    DebugInputs debug();

    /** No drill was open: velocity is "not timed" and the other Meta weights are rescaled. */
    record Untimed(DebugInputs debug) implements ScoringContext {
        public Untimed() {
            this(null);
        }
    }

    /**
     * An open drill, timed by the judge's own clock when the code was submitted.
     *
     * @param rejectedBefore     attempts rejected earlier in this drill
     * @param compileErrorCounts a Meta mock round, where code is written without a compiler: a COMPILE_ERROR is a
     *                           rejected attempt too
     * @param amazonWeights      a mock round's Amazon weights differ from a single drill's
     */
    record Drill(long targetSeconds, long elapsedSeconds, int rejectedBefore, boolean compileErrorCounts,
                 Style style, AmazonWeights amazonWeights, DebugInputs debug) implements ScoringContext {

        /** How this attempt counts in the drill, by its verdict. */
        public AttemptCount count(Verdict verdict) {
            return AttemptCount.of(verdict, compileErrorCounts);
        }

        /** The rejected attempts Meta's first-time-right sees: the earlier ones, plus this one if it is rejected. */
        public int rejectedWith(Verdict verdict) {
            return rejectedBefore + (count(verdict) == AttemptCount.REJECTED ? 1 : 0);
        }
    }

    /** CI grading: the timing the candidate's committed history reports, marked self-reported. */
    record SelfReported(long targetSeconds, long elapsedSeconds, int rejectedAttempts, DebugInputs debug)
            implements ScoringContext {
    }

    /**
     * Both bars' scorecard for a judgement in this context.
     *
     * @param readability          null when the analysis could not run
     * @param problemTargetSeconds the problem's own target, shown when the context has none
     */
    default Scorecard score(Judgement judgement, Readability readability, long problemTargetSeconds) {
        ScoreInputs inputs;
        boolean drillOver = true;
        if (this instanceof Drill drill) {
            inputs = new ScoreInputs(judgement, readability, drill.targetSeconds(), drill.elapsedSeconds(),
                    drill.rejectedWith(judgement.verdict()), drill.style(), drill.amazonWeights(), false);
            drillOver = drill.count(judgement.verdict()) == AttemptCount.ACCEPTED;
        } else if (this instanceof SelfReported reported) {
            inputs = new ScoreInputs(judgement, readability, reported.targetSeconds(), reported.elapsedSeconds(),
                    reported.rejectedAttempts(), Style.BOTH, AmazonWeights.STANDARD, true);
        } else {
            inputs = ScoreInputs.untimed(judgement, readability, problemTargetSeconds);
        }
        if (debug() != null) {
            inputs = inputs.withDebug(drillOver ? debug() : debug().withBugHidden());
        }
        return Scorecards.score(inputs);
    }
}
