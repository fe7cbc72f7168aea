package dev.drilljudge.worker.protocol;

/**
 * One call of a growth series, named by what builds its arguments: the generator's size and seed. The same pair
 * gives the same arguments in any worker, so a second worker can answer the very call the first one timed.
 */
public record GrowthCall(int n, long seed) {
}
