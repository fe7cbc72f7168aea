package dev.drilljudge.report.submission;

import dev.drilljudge.scoring.AmazonScore;
import dev.drilljudge.scoring.Debrief;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.Scorecard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardJsonTest {
    private static final Debrief DEBRIEF = new Debrief("Meta: strong signal — solved in 27:30 of 25:00.",
            "Amazon: the bar raiser would probe further — readability 78/100.");

    @Test
    void timedScorecardHasEveryFieldOfTheContract() {
        Scorecard card = new Scorecard(new MetaScore(89, 100, 70, 75, 100, 1650L, 1500, 1),
                new AmazonScore(79, 78, 60, 100), 84, DEBRIEF);

        assertThat(ScorecardJson.toJson(card).toString()).isEqualTo("{\"meta\":{\"total\":89,\"correctness\":100,"
                + "\"velocity\":70,\"firstTimeRight\":75,\"complexity\":100,\"elapsedSeconds\":1650,"
                + "\"targetSeconds\":1500,\"rejectedAttempts\":1},\"amazon\":{\"total\":79,\"readability\":78,"
                + "\"edgeCases\":60,\"correctness\":100},\"overall\":84}");
        assertThat(ScorecardJson.debriefJson(DEBRIEF).toString()).isEqualTo("{\"meta\":\"Meta: strong signal — "
                + "solved in 27:30 of 25:00.\",\"amazon\":\"Amazon: the bar raiser would probe further — "
                + "readability 78/100.\"}");
    }

    @Test
    void untimedVelocityIsNullNeverZeroAndTheTextSaysNotTimed() {
        Scorecard card = new Scorecard(new MetaScore(100, 100, null, 100, 100, null, 900, 0),
                new AmazonScore(98, 96, 100, 100), 99, DEBRIEF);

        assertThat(ScorecardJson.toJson(card).get("meta").toString()).isEqualTo("{\"total\":100,\"correctness\":100,"
                + "\"velocity\":null,\"firstTimeRight\":100,\"complexity\":100,\"elapsedSeconds\":null,"
                + "\"targetSeconds\":900,\"rejectedAttempts\":0}");
        assertThat(ScorecardText.lines(card)).containsExactly(
                "Meta     100/100  correctness 100 · velocity not timed · first-time-right 100 (0 rejected) · "
                        + "complexity 100",
                "Amazon    98/100  readability 96 · edge cases 100 · correctness 100",
                "Overall   99",
                DEBRIEF.meta(),
                DEBRIEF.amazon());
    }

    @Test
    void timedTextShowsTheClockAndThePenalty() {
        Scorecard card = new Scorecard(new MetaScore(89, 100, 70, 75, 100, 1650L, 1500, 1),
                new AmazonScore(79, 78, 60, 100), 84, DEBRIEF);

        assertThat(ScorecardText.lines(card).get(0)).isEqualTo("Meta      89/100  correctness 100 · velocity 70 "
                + "(27:30 of 25:00, +5:00 penalty) · first-time-right 75 (1 rejected) · complexity 100");
    }
}
