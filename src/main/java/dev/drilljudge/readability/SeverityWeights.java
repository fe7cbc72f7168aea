package dev.drilljudge.readability;

/** The default score weight of one finding of each severity. */
public final class SeverityWeights {
    private SeverityWeights() {
    }

    public static double of(Severity severity) {
        return switch (severity) {
            case INFO -> 1;
            case MINOR -> 2;
            case MAJOR -> 4;
            case CRITICAL -> 8;
        };
    }
}
