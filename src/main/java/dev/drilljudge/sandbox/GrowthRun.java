package dev.drilljudge.sandbox;

import dev.drilljudge.worker.protocol.Event;

import java.util.List;

/**
 * What a growth measurement saw.
 *
 * @param sizes    the sizes measured, in order
 * @param cpuNanos the CPU time at each size; the last is a lower bound when the series was stopped during it
 * @param note     why the series ended before its last size; empty when it ran to the end
 * @param answers  the answers the worker reported (one per measured sample when the job checks answers, or one per
 *                 replayed call), in the order they came
 */
public record GrowthRun(List<Integer> sizes, List<Long> cpuNanos, String note, List<Event.GrowthAnswer> answers) {
    public GrowthRun {
        sizes = List.copyOf(sizes);
        cpuNanos = List.copyOf(cpuNanos);
        answers = List.copyOf(answers);
    }

    /** The machine starved the series of CPU (runnable, not scheduled) until its wall-clock cap. */
    public boolean starved() {
        return note.startsWith(GrowthRunner.STARVED);
    }
}
