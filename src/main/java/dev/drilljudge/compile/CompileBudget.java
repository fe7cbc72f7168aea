package dev.drilljudge.compile;

import java.time.Duration;

/**
 * The time limit of one compilation: CPU time of the compile thread, with the wall clock only as a backstop at
 * {@value #WALL_BACKSTOP_FACTOR}x the limit. A compilation that reaches the backstop under its CPU limit was starved
 * by the machine, which says nothing about the source.
 */
record CompileBudget(Duration cpuLimit) {
    static final int WALL_BACKSTOP_FACTOR = 4;

    enum Decision { KEEP_WAITING, OVER_CPU_LIMIT, STARVED }

    Decision decide(long cpuNanos, long elapsedNanos) {
        if (cpuNanos >= cpuLimit.toNanos()) {
            return Decision.OVER_CPU_LIMIT;
        }
        if (elapsedNanos >= cpuLimit.toNanos() * WALL_BACKSTOP_FACTOR) {
            return Decision.STARVED;
        }
        return Decision.KEEP_WAITING;
    }

    /** "30 s", or "250 ms" for a limit that is not whole seconds. */
    String limitText() {
        long millis = cpuLimit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
