package dev.drilljudge.app;

import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.scoring.AmazonScore;
import dev.drilljudge.scoring.Debrief;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradeThresholdsTest {
    private static final GradeThresholds STRICT = new GradeThresholds(true, OptionalInt.of(60), OptionalInt.of(70));

    @Test
    void anAcceptedProblemAboveBothBarsPasses() {
        assertThat(STRICT.unmet(report(Verdict.ACCEPTED, scores(60, 70)))).isEmpty();
    }

    @Test
    void everyMissedThresholdIsNamed() {
        assertThat(STRICT.unmet(report(Verdict.WRONG_ANSWER, scores(59, 69))))
                .containsExactly("not ACCEPTED (WRONG_ANSWER)", "Meta 59 < 60", "Amazon 69 < 70");
    }

    @Test
    void aScoreThresholdWithoutScoresFails() {
        assertThat(STRICT.unmet(report(Verdict.ACCEPTED, null))).containsExactly("no Meta score", "no Amazon score");
    }

    @Test
    void noThresholdsPassAnythingButAJudgeError() {
        assertThat(GradeThresholds.NONE.unmet(report(Verdict.COMPILE_ERROR, null))).isEmpty();
        assertThat(GradeThresholds.NONE.unmet(report(Verdict.JUDGE_ERROR, null)))
                .containsExactly("judge error: JUDGE_ERROR: worker died");
    }

    @Test
    void thresholdsAreScores() {
        assertThatThrownBy(() -> new GradeThresholds(false, OptionalInt.of(101), OptionalInt.empty()))
                .hasMessage("--fail-under-meta must be a score from 0 to 100, not 101");
    }

    private static JudgeReport report(Verdict verdict, Scorecard scores) {
        String headline = verdict == Verdict.JUDGE_ERROR ? "JUDGE_ERROR: worker died" : verdict.name();
        return new JudgeReport(new Judgement("two-sum", RunMode.HIDDEN, verdict, headline, List.of(), List.of(),
                new Timings(1, 1, 2), ""), null, scores);
    }

    private static Scorecard scores(int meta, int amazon) {
        return new Scorecard(new MetaScore(meta, 100, null, 100, 100, null, 900, 0),
                new AmazonScore(amazon, 50, 50, 100), (meta + amazon) / 2, new Debrief("m", "a"));
    }
}
