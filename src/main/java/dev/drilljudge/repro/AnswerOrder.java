package dev.drilljudge.repro;

import dev.drilljudge.problem.ProblemPackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;

/**
 * Whether a problem accepts its answer in any order, as its statement says ("return them in any order"): then two
 * answers are compared as multisets ({@link ResultComparison}), by `judge repro` and by the growth series' answer
 * check alike, as the hidden tests accept them.
 */
public final class AnswerOrder {
    private AnswerOrder() {
    }

    public static boolean anyOrder(ProblemPackage problem) {
        try {
            return Files.readString(problem.statementFile()).toLowerCase(Locale.ROOT).contains("any order");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + problem.statementFile(), e);
        }
    }
}
