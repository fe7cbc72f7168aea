package dev.drilljudge.cli;

import dev.drilljudge.app.ProblemListing;

import java.nio.file.Path;
import java.util.Set;

/** The problems the user has an ACCEPTED submit of, from the drill history. */
final class SolvedProblems {
    private SolvedProblems() {
    }

    static Set<String> in(Path submissionsDir) {
        return ProblemListing.solvedProblems(submissionsDir);
    }
}
