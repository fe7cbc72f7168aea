package dev.drilljudge.scoring;

import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.Test;

import static dev.drilljudge.scoring.TestJudgements.accepted;
import static dev.drilljudge.scoring.TestJudgements.compileError;
import static dev.drilljudge.scoring.TestJudgements.finding;
import static dev.drilljudge.scoring.TestJudgements.hidden;
import static dev.drilljudge.scoring.TestJudgements.readability;
import static org.assertj.core.api.Assertions.assertThat;

class DebriefWriterTest {
    private static final Readability CLEAN = readability(96, 100, 100, 90, 95);

    private static Scorecard score(Judgement judgement, Readability readability, Long elapsed, int rejected) {
        return Scorecards.score(new ScoreInputs(judgement, readability, 1500, elapsed, rejected, Style.BOTH,
                AmazonWeights.STANDARD, false));
    }

    @Test
    void fastFirstSubmitIsAStrongSignal() {
        Scorecard card = score(accepted("two-sum", 15, 2), CLEAN, 1100L, 0);

        assertThat(card.debrief().meta())
                .isEqualTo("Meta: strong signal — solved in 18:20 of 25:00, first submit, 2 of 2 perf tests pass.");
        assertThat(card.debrief().amazon())
                .isEqualTo("Amazon: meets the bar (Insist on the Highest Standards) — readability 96/100; no findings.");
        assertThat(card.overall()).isEqualTo(99); // meta 100, amazon (40*96 + 30*100 + 30*100) / 100 = 98.4 -> 98
    }

    @Test
    void lateSolveAfterARejectionCitesTheOverrunAndThePenalty() {
        Scorecard card = score(accepted("two-sum", 15, 2), CLEAN, 1650L, 1);

        assertThat(card.debrief().meta()).isEqualTo("Meta: strong signal — solved in 27:30 of 25:00 "
                + "(2:30 over the time box), after 1 rejected submit (+5:00 penalty), 2 of 2 perf tests pass.");
    }

    @Test
    void untimedSubmitSaysNotTimed() {
        Scorecard card = Scorecards.score(ScoreInputs.untimed(accepted("two-sum", 10, 0), CLEAN, 900));

        assertThat(card.debrief().meta()).isEqualTo("Meta: strong signal — accepted, not timed, first submit.");
        assertThat(card.meta().velocity()).isNull();
    }

    @Test
    void wrongAnswerWithNamingIssuesAndAMissedEdgeCase() {
        Readability messy = readability(62, 40, 55, 80, 70,
                finding("NAME_PLACEHOLDER", Category.NAMING, 8, "`temp` at line 8 does not say what it holds"),
                finding("NAME_SHORT", Category.NAMING, 12, "`x` does not say what it holds"),
                finding("NAME_SHORT", Category.NAMING, 14, "`y` does not say what it holds"),
                finding("NAME_CONVENTION", Category.NAMING, 20, "the method name is not camelCase"),
                finding("UNGUARDED_INPUT", Category.EDGE_CASES, 5, "no guard for an empty array"));
        Judgement judgement = hidden("two-sum", Verdict.WRONG_ANSWER, 10, 10, 2, 3, 2, 2);

        Scorecard card = score(judgement, messy, 840L, 2);

        assertThat(card.debrief().amazon()).isEqualTo("Amazon: the bar raiser would push back — readability 62/100; "
                + "4 naming issues (`temp` at line 8, `x` at line 12, …); 1 edge-case issue (line 5); "
                + "fails the edge test \"edge: case 3\"; "
                + "not ACCEPTED (WRONG_ANSWER), so capped at 50: readable but wrong does not pass.");
        assertThat(card.debrief().meta()).isEqualTo("Meta: no hire signal yet — WRONG_ANSWER on test 13 "
                + "(edge: case 3), 14 of 15 hidden tests pass, 2 of 2 perf tests pass, at 14:00 of 25:00, "
                + "2 rejected submits so far.");
        assertThat(card.amazon().total()).isEqualTo(50);
    }

    @Test
    void compileErrorPointsAtTheCandidatesLine() {
        Scorecard card = score(compileError("two-sum"), null, 300L, 1);

        assertThat(card.debrief().meta()).isEqualTo("Meta: no hire signal — the code does not compile "
                + "(Solution.java line 8): the round is written in a plain document, so syntax must be right "
                + "without help, at 5:00 of 25:00, 1 rejected submit so far.");
        assertThat(card.debrief().amazon()).isEqualTo("Amazon: the bar raiser would push back — no readability "
                + "result for this code, so nothing to credit; not ACCEPTED (COMPILE_ERROR), so capped at 50: "
                + "readable but wrong does not pass.");
    }

    @Test
    void selfReportedTimingIsMarked() {
        Scorecard card = Scorecards.score(new ScoreInputs(accepted("two-sum", 10, 0), CLEAN, 1500, 1100L, 0,
                Style.BOTH, AmazonWeights.STANDARD, true));

        assertThat(card.debrief().meta())
                .isEqualTo("Meta: strong signal — solved in 18:20 of 25:00 (self-reported), first submit.");
    }

    @Test
    void clockTextReadsLikeAClock() {
        assertThat(ClockText.format(0)).isEqualTo("0:00");
        assertThat(ClockText.format(1100)).isEqualTo("18:20");
        assertThat(ClockText.format(3920)).isEqualTo("1:05:20");
        assertThat(ClockText.format(-65)).isEqualTo("-1:05");
    }
}
