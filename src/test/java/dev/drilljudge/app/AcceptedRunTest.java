package dev.drilljudge.app;

import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `judge verify` judges a model answer once more only when its margin is in doubt, and a clean rerun stands. */
class AcceptedRunTest {
    private static final String OVER_HALF = "test 7 used 316 ms of CPU time, more than 50% of the 500 ms limit";

    @Test
    void aCleanFirstRunIsJudgedOnce() {
        Deque<Judgement> runs = runs(accepted("first"), accepted("second"));

        AcceptedRun run = AcceptedRun.judge(runs::pop, doubts(Map.of()));

        assertThat(run.runs()).isEqualTo(1);
        assertThat(run.judgement().headline()).isEqualTo("first");
        assertThat(run.asExpected()).isTrue();
        assertThat(runs).hasSize(1);
    }

    @Test
    void aDoubtedMarginIsMeasuredOnceMoreAndACleanSecondRunStands() {
        Deque<Judgement> runs = runs(accepted("first"), accepted("second"));

        AcceptedRun run = AcceptedRun.judge(runs::pop, doubts(Map.of("first", OVER_HALF)));

        assertThat(run.runs()).isEqualTo(2);
        assertThat(run.judgement().headline()).isEqualTo("second");
        assertThat(run.doubt()).isEmpty();
        assertThat(run.asExpected()).isTrue();
    }

    @Test
    void aDoubtThatHoldsTwiceFailsWithTheFirstRunsReason() {
        Deque<Judgement> runs = runs(accepted("first"), accepted("second"));

        AcceptedRun run = AcceptedRun.judge(runs::pop,
                doubts(Map.of("first", OVER_HALF, "second", "test 7 used 290 ms of CPU time")));

        assertThat(run.runs()).isEqualTo(2);
        assertThat(run.judgement().headline()).isEqualTo("first");
        assertThat(run.doubt()).isEqualTo(OVER_HALF);
        assertThat(run.asExpected()).isFalse();
    }

    @Test
    void aSecondRunThatIsNotAcceptedNeverReplacesTheFirst() {
        Deque<Judgement> runs = runs(accepted("first"), judgement(Verdict.WRONG_ANSWER, "second"));

        AcceptedRun run = AcceptedRun.judge(runs::pop, doubts(Map.of("first", OVER_HALF)));

        assertThat(run.judgement().headline()).isEqualTo("first");
        assertThat(run.asExpected()).isFalse();
    }

    @Test
    void aRejectedModelAnswerIsNeverJudgedAgain() {
        Deque<Judgement> runs = runs(judgement(Verdict.WRONG_ANSWER, "first"), accepted("second"));

        AcceptedRun run = AcceptedRun.judge(runs::pop, doubts(Map.of("first", OVER_HALF)));

        assertThat(run.runs()).isEqualTo(1);
        assertThat(run.judgement().verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(run.asExpected()).isFalse();
    }

    private static java.util.function.Function<Judgement, String> doubts(Map<String, String> byHeadline) {
        return judgement -> byHeadline.getOrDefault(judgement.headline(), "");
    }

    private static Deque<Judgement> runs(Judgement... judgements) {
        return new ArrayDeque<>(List.of(judgements));
    }

    private static Judgement accepted(String headline) {
        return judgement(Verdict.ACCEPTED, headline);
    }

    private static Judgement judgement(Verdict verdict, String headline) {
        return new Judgement("binary-tree-level-order-traversal", RunMode.HIDDEN, verdict, headline, List.of(),
                List.of(), new Timings(1, 1, 2), "");
    }
}
