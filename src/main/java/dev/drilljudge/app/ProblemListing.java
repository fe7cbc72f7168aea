package dev.drilljudge.app;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.Difficulty;
import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.session.HistoryEvent;
import dev.drilljudge.session.HistoryReader;
import dev.drilljudge.verdict.Verdict;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** `judge list` and the page's problem list: the bank filtered the same way, with the solved problems. */
public final class ProblemListing {
    private static final List<String> PROBLEM_STYLES = List.of("meta", "amazon", "pe");

    private ProblemListing() {
    }

    /**
     * The filters of `judge list`; each is null (or false) when not given.
     *
     * @param style meta, amazon or pe: a tag, like {@code tag}
     */
    public record Filter(String tag, String difficulty, String style, boolean unsolved) {
        public static final Filter NONE = new Filter(null, null, null, false);
    }

    /** The problems shown, and the ids of the solved ones among all problems. */
    public record Listing(List<ProblemPackage> shown, Set<String> solved) {
    }

    public static Listing list(ProblemBank bank, Path submissionsDir, Filter filter) {
        Difficulty wanted = filter.difficulty() == null ? null : parseDifficulty(filter.difficulty());
        checkStyle(filter.style());
        Set<String> solved = solvedProblems(submissionsDir);
        List<ProblemPackage> shown = bank.problems().stream()
                .filter(problem -> filter.tag() == null || problem.hasTag(filter.tag()))
                .filter(problem -> filter.style() == null || problem.hasTag(filter.style()))
                .filter(problem -> wanted == null || problem.difficulty() == wanted)
                .filter(problem -> !filter.unsolved() || !solved.contains(problem.id()))
                .toList();
        return new Listing(shown, solved);
    }

    /** The problems the user has an ACCEPTED submit of, from the drill history. */
    public static Set<String> solvedProblems(Path submissionsDir) {
        return HistoryReader.readSubmissions(submissionsDir).attempts().stream()
                .filter(attempt -> attempt.verdict() == Verdict.ACCEPTED)
                .map(HistoryEvent.AttemptRecorded::problem)
                .collect(Collectors.toSet());
    }

    /** A bank's problems are tagged with the interview style they drill; checked like --difficulty. */
    private static void checkStyle(String label) {
        if (label != null && !PROBLEM_STYLES.contains(label)) {
            throw new BadInputException("--style must be meta, amazon or pe, not '" + label + "'");
        }
    }

    private static Difficulty parseDifficulty(String label) {
        try {
            return Difficulty.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--difficulty " + e.getMessage());
        }
    }
}
