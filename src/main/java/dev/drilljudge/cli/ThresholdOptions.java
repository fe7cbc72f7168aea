package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.app.GradeThresholds;
import picocli.CommandLine.Option;

import java.util.OptionalInt;

/** The thresholds a graded problem must meet for the job to pass: shared by `grade` and `merge-grades`. */
final class ThresholdOptions {
    @Option(names = "--require-accepted", description = "Fail unless every graded problem is ACCEPTED.")
    boolean requireAccepted;

    @Option(names = "--fail-under-meta", paramLabel = "N", description = "Fail a problem whose Meta score is below N.")
    Integer failUnderMeta;

    @Option(names = "--fail-under-amazon", paramLabel = "N",
            description = "Fail a problem whose Amazon score is below N.")
    Integer failUnderAmazon;

    GradeThresholds thresholds() {
        return new GradeThresholds(requireAccepted, score("--fail-under-meta", failUnderMeta),
                score("--fail-under-amazon", failUnderAmazon));
    }

    private static OptionalInt score(String option, Integer value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        if (value < 0 || value > 100) {
            throw new BadInputException(option + " " + value + ": give a score from 0 to 100");
        }
        return OptionalInt.of(value);
    }
}
