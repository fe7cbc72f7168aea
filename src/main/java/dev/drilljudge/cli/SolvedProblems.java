package dev.drilljudge.cli;

import dev.drilljudge.session.HistoryEvent;
import dev.drilljudge.session.HistoryReader;
import dev.drilljudge.verdict.Verdict;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** The problems the user has an ACCEPTED submit of, from the drill history. */
final class SolvedProblems {
    private SolvedProblems() {
    }

    static Set<String> in(Path submissionsDir) {
        return HistoryReader.readSubmissions(submissionsDir).attempts().stream()
                .filter(attempt -> attempt.verdict() == Verdict.ACCEPTED)
                .map(HistoryEvent.AttemptRecorded::problem)
                .collect(Collectors.toSet());
    }
}
