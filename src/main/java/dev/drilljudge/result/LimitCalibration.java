package dev.drilljudge.result;

import java.util.List;

/**
 * `judge verify --calibrate` on one problem: what its solutions used, and the limit that follows.
 *
 * @param currentLimitMs   the per-test CPU-time limit in problem.yaml now
 * @param acceptedCpuMs    the most CPU time any accepted solution used on any hidden test
 * @param acceptedWhere    which solution and test that was, e.g. "hash-map-one-pass, test 11"
 * @param proposedLimitMs  a margin times that, rounded up to 100 ms, at least a floor (see app.LimitCalibrator)
 * @param slow             how far each slow solution is from the proposed limit
 * @param problemError     empty when every accepted solution was accepted; else why the problem cannot be calibrated
 * @param margin           the multiple of the slowest accepted test's CPU time the limit is
 * @param floorMs          the least limit proposed
 */
public record LimitCalibration(String problemId, long currentLimitMs, long acceptedCpuMs, String acceptedWhere,
                               long proposedLimitMs, List<SlowMargin> slow, String problemError, int margin,
                               long floorMs) {
    public LimitCalibration {
        slow = List.copyOf(slow);
    }

    /**
     * One slow solution against the proposed limit.
     *
     * @param cpuMs  the most CPU time it used on one test (a lower bound when it was killed)
     * @param killed the judge stopped it at the current limit, so it would use more
     * @param ratio  cpuMs over the proposed limit, one decimal
     */
    public record SlowMargin(String name, String test, long cpuMs, boolean killed, double ratio) {
        /** How many times the limit a slow solution must need to be clearly beyond it. */
        public static final int CLEAR_MULTIPLE = 2;

        /** Clearly beyond: twice the limit or more (at least, when killed). */
        public boolean clear() {
            return ratio >= CLEAR_MULTIPLE;
        }
    }
}
