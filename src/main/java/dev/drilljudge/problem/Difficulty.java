package dev.drilljudge.problem;

import java.util.Locale;

/** How hard a problem is; also sets the default time box of a drill. */
public enum Difficulty {
    EASY(15, 10),
    MEDIUM(25, 15),
    HARD(35, 20);

    private final int defaultTargetMinutes;
    private final int debugTargetMinutes;

    Difficulty(int defaultTargetMinutes, int debugTargetMinutes) {
        this.defaultTargetMinutes = defaultTargetMinutes;
        this.debugTargetMinutes = debugTargetMinutes;
    }

    /** The time box of a debug drill: finding one seeded bug is quicker than writing the answer. */
    public int debugTargetMinutes() {
        return debugTargetMinutes;
    }

    public int defaultTargetMinutes() {
        return defaultTargetMinutes;
    }

    /** The lower-case spelling used in problem.yaml and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Difficulty fromLabel(String label) {
        for (Difficulty difficulty : values()) {
            if (difficulty.label().equals(label)) {
                return difficulty;
            }
        }
        throw new IllegalArgumentException("must be easy, medium or hard, not '" + label + "'");
    }
}
