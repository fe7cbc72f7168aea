package dev.drilljudge.scoring;

import java.util.ArrayList;
import java.util.List;

/** Scores a whole mock round and writes its two debrief lines. */
public final class RoundScorer {
    private RoundScorer() {
    }

    /**
     * @param usedSeconds round time used: up to the last accepted submit, or the whole round when it ran out
     * @param expired     the round's clock ran out before every problem was solved
     */
    public static RoundScore score(Style style, long durationSeconds, long usedSeconds, boolean expired,
                                   List<RoundProblem> problems) {
        int solved = (int) problems.stream().filter(RoundProblem::accepted).count();
        int metaTotal = mean(problems, true);
        int amazonTotal = mean(problems, false);
        int overall = switch (style) {
            case META -> metaTotal;
            case AMAZON -> amazonTotal;
            case BOTH -> Percent.weightedMean(new int[]{metaTotal, amazonTotal}, new int[]{1, 1});
        };
        Debrief debrief = new Debrief(
                metaLine(durationSeconds, usedSeconds, expired, problems, solved, metaTotal),
                amazonLine(problems, solved, amazonTotal));
        return new RoundScore(solved, problems.size(), metaTotal, amazonTotal, overall, debrief);
    }

    private static int mean(List<RoundProblem> problems, boolean meta) {
        if (problems.isEmpty()) {
            return 0;
        }
        int[] totals = new int[problems.size()];
        int[] weights = new int[problems.size()];
        for (int i = 0; i < totals.length; i++) {
            Scorecard scores = problems.get(i).scores();
            totals[i] = scores == null ? 0 : meta ? scores.meta().total() : scores.amazon().total();
            weights[i] = 1;
        }
        return Percent.weightedMean(totals, weights);
    }

    private static String metaLine(long durationSeconds, long usedSeconds, boolean expired,
                                   List<RoundProblem> problems, int solved, int metaTotal) {
        String signal = solved < problems.size() ? "no hire signal" : DebriefWriter.metaBand(metaTotal);
        List<String> facts = new ArrayList<>();
        String solvedCount = solved + " of " + problems.size() + " solved";
        facts.add(expired
                ? solvedCount + " when the " + ClockText.format(durationSeconds) + " ran out"
                : solvedCount + " in " + ClockText.format(usedSeconds) + " of " + ClockText.format(durationSeconds));
        List<String> times = new ArrayList<>();
        int rejected = 0;
        for (RoundProblem problem : problems) {
            rejected += problem.rejectedAttempts();
            times.add(problem.problem() + (problem.accepted()
                    ? " at " + ClockText.format(problem.solvedAtSeconds())
                    : problem.attempts() == 0 ? " not submitted" : " not solved"));
        }
        facts.add(String.join(", ", times));
        facts.add(rejected == 0 ? "no rejected submits" : Wording.plural(rejected, "rejected submit"));
        facts.add("Meta score " + metaTotal);
        return "Meta: " + signal + " — " + String.join("; ", facts) + ".";
    }

    private static String amazonLine(List<RoundProblem> problems, int solved, int amazonTotal) {
        List<String> facts = new ArrayList<>();
        for (RoundProblem problem : problems) {
            Scorecard scores = problem.scores();
            facts.add(scores == null
                    ? problem.problem() + " not submitted"
                    : problem.problem() + " readability " + scores.amazon().readability()
                    + ", edge cases " + scores.amazon().edgeCases());
        }
        facts.add("Amazon score " + amazonTotal);
        String signal = solved < problems.size()
                ? "the bar raiser would push back"
                : DebriefWriter.amazonBand(amazonTotal);
        if (solved < problems.size()) {
            facts.add("an unsolved problem is capped at " + AmazonScorer.NOT_ACCEPTED_CAP);
        }
        return "Amazon: " + signal + " — " + String.join("; ", facts) + ".";
    }
}
