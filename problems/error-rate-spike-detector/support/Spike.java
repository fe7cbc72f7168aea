/** A maximal run of alarming evaluation times, from the first ({@code start}) to the last ({@code end}). */
public record Spike(long start, long end) {
}
