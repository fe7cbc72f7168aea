package dev.drilljudge.complexity;

import dev.drilljudge.verdict.GrowthAnswers;
import dev.drilljudge.worker.protocol.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The growth series' answers against the model answer's, compared as `judge repro` compares two results. */
class GrowthAnswerCheckTest {
    private static Event.GrowthAnswer answer(int n, long seed, String result) {
        return new Event.GrowthAnswer(n, seed, result, false, true);
    }

    @Test
    void equalAnswersAreCheckedAndRight() {
        List<Event.GrowthAnswer> answers = List.of(answer(2000, 43, "[1998,1999]"), answer(4000, 50, "7"));

        assertThat(GrowthAnswerCheck.check(answers, answers, false)).isEqualTo(new GrowthAnswers(2, 0, 0, null));
    }

    @Test
    void theSmallestWrongSizeIsReported() {
        List<Event.GrowthAnswer> candidate = List.of(answer(2000, 43, "[1998,1999]"), answer(8000, 60, "[0,1]"),
                answer(4000, 50, "[0,1]"));
        List<Event.GrowthAnswer> model = List.of(answer(4000, 50, "[3998,3999]"), answer(2000, 43, "[1998,1999]"),
                answer(8000, 60, "[7998,7999]"));

        GrowthAnswers checked = GrowthAnswerCheck.check(candidate, model, true);

        assertThat(checked).isEqualTo(new GrowthAnswers(3, 2, 0, 4000));
        assertThat(checked.wrongNote()).isEqualTo("wrong answer on a generated input of size 4000");
    }

    @Test
    void anyOrderComparesAsMultisetsAtEveryLevel() {
        Event.GrowthAnswer groups = answer(2000, 43, "[[\"tea\",\"eat\"],[\"nat\"]]");
        Event.GrowthAnswer model = answer(2000, 43, "[[\"nat\"],[\"eat\",\"tea\"]]");

        assertThat(GrowthAnswerCheck.check(List.of(groups), List.of(model), true))
                .isEqualTo(new GrowthAnswers(1, 0, 0, null));
        assertThat(GrowthAnswerCheck.check(List.of(groups), List.of(model), false))
                .isEqualTo(new GrowthAnswers(1, 1, 0, 2000));
    }

    @Test
    void anAnswerThatCouldNotBeWrittenIsWrong() {
        Event.GrowthAnswer unwritable = new Event.GrowthAnswer(16_000, 44, "the answer could not be written: "
                + "java.lang.IllegalStateException", false, false);

        assertThat(GrowthAnswerCheck.check(List.of(unwritable), List.of(answer(16_000, 44, "[0,1]")), false))
                .isEqualTo(new GrowthAnswers(1, 1, 0, 16_000));
    }

    @Test
    void withoutAModelAnswerForTheCallItIsUnchecked() {
        Event.GrowthAnswer modelFailed = new Event.GrowthAnswer(2000, 43, "java.lang.OutOfMemoryError", false, false);

        assertThat(GrowthAnswerCheck.check(List.of(answer(2000, 43, "1"), answer(4000, 44, "2")),
                List.of(modelFailed), false)).isEqualTo(new GrowthAnswers(0, 0, 2, null));
    }

    @Test
    void aCutAnswerIsWrongBesideAWholeOneAndUncheckedBesideAnotherCutOne() {
        Event.GrowthAnswer cut = new Event.GrowthAnswer(64_000, 45, "[1,2,3", true, true);
        Event.GrowthAnswer alsoCut = new Event.GrowthAnswer(64_000, 45, "[1,2,4", true, true);

        assertThat(GrowthAnswerCheck.check(List.of(cut), List.of(answer(64_000, 45, "[1,2]")), true))
                .isEqualTo(new GrowthAnswers(1, 1, 0, 64_000));
        assertThat(GrowthAnswerCheck.check(List.of(answer(64_000, 45, "[1,2]")), List.of(cut), true))
                .isEqualTo(new GrowthAnswers(1, 1, 0, 64_000));
        assertThat(GrowthAnswerCheck.check(List.of(cut), List.of(alsoCut), true))
                .isEqualTo(new GrowthAnswers(0, 0, 1, null));
    }

    @Test
    void aProblemThatCannotBeComparedLeavesEveryAnswerUnchecked() {
        assertThat(GrowthAnswerCheck.unchecked(List.of(answer(2000, 43, "[1]"), answer(2000, 44, "[2]"))))
                .isEqualTo(new GrowthAnswers(0, 0, 2, null));
    }
}
