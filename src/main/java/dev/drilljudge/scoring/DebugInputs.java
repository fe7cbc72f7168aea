package dev.drilljudge.scoring;

/**
 * What a debug drill adds to a submission's score inputs.
 *
 * @param diffLines       the candidate's changed lines against the handed-out code
 * @param seededDiffLines the seeded bug's changed lines against the model answer (at least 1)
 * @param cause           the root cause the candidate stated, or null
 * @param seededBug       the seeded bug as the debrief reveals it once the drill is over; null while it is open
 */
public record DebugInputs(int diffLines, int seededDiffLines, String cause, RevealedBug seededBug) {
    public static final int MAX_CAUSE_CHARS = 200;

    public DebugInputs {
        if (diffLines < 0) {
            throw new IllegalArgumentException("diffLines must not be negative, not " + diffLines);
        }
        seededDiffLines = Math.max(1, seededDiffLines);
        cause = oneLine(cause);
    }

    /** The same measurements with the seeded bug kept back: the drill is still open. */
    public DebugInputs withBugHidden() {
        return seededBug == null ? this : new DebugInputs(diffLines, seededDiffLines, cause, null);
    }

    /** The stated cause is the candidate's text: one line, no control characters, at most 200 characters. */
    private static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("\\p{Cntrl}+", " ").strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean.length() <= MAX_CAUSE_CHARS ? clean : clean.substring(0, MAX_CAUSE_CHARS) + "…";
    }

    /** The seeded bug's name (its folder, as words) and its BUG.md line. */
    public record RevealedBug(String title, String description) {
    }
}
