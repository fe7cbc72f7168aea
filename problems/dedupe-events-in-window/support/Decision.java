public enum Decision {
    /** First delivery within the window: process it. */
    ACCEPTED,
    /** The same id was accepted less than a window away: drop it. */
    DUPLICATE,
    /** Too far behind the newest event seen: dropped without being recorded. */
    LATE
}
