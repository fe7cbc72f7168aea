package dev.drilljudge.complexity;

import dev.drilljudge.repro.ResultComparison;
import dev.drilljudge.verdict.GrowthAnswers;
import dev.drilljudge.worker.protocol.Event;
import dev.drilljudge.worker.protocol.GrowthCall;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds the growth series' checked answers against the model answer's on the same generated inputs, in the judge,
 * with `judge repro`'s comparison ({@link ResultComparison}: values, not text; as multisets where the statement
 * accepts any order). A call is wrong when its answer differs, or when the candidate's answer could not even be
 * written; it is unchecked when there is nothing sure to compare it with (no model answer for the call, or both
 * answers too long to send whole).
 */
public final class GrowthAnswerCheck {
    private GrowthAnswerCheck() {
    }

    /** Every answer unchecked: the problem's inputs have several right answers, or it has no model answer. */
    public static GrowthAnswers unchecked(List<Event.GrowthAnswer> candidate) {
        return new GrowthAnswers(0, 0, candidate.size(), null);
    }

    public static GrowthAnswers check(List<Event.GrowthAnswer> candidate, List<Event.GrowthAnswer> model,
                                      boolean anyOrder) {
        Map<GrowthCall, Event.GrowthAnswer> modelByCall = new HashMap<>();
        for (Event.GrowthAnswer answer : model) {
            modelByCall.putIfAbsent(new GrowthCall(answer.n(), answer.seed()), answer);
        }
        int checked = 0;
        int wrong = 0;
        int unchecked = 0;
        Integer wrongAtSize = null;
        for (Event.GrowthAnswer answer : candidate) {
            Optional<Boolean> same = same(answer, modelByCall.get(new GrowthCall(answer.n(), answer.seed())), anyOrder);
            if (same.isEmpty()) {
                unchecked++;
                continue;
            }
            checked++;
            if (!same.get()) {
                wrong++;
                wrongAtSize = wrongAtSize == null ? answer.n() : Math.min(wrongAtSize, answer.n());
            }
        }
        return new GrowthAnswers(checked, wrong, unchecked, wrongAtSize);
    }

    /** Whether the two answers agree; empty when they cannot be compared. */
    static Optional<Boolean> same(Event.GrowthAnswer candidate, Event.GrowthAnswer model, boolean anyOrder) {
        if (!candidate.rendered()) {
            // Code that returns something no one can read has not answered.
            return Optional.of(false);
        }
        if (model == null || !model.rendered()) {
            return Optional.empty();
        }
        if (candidate.cut() || model.cut()) {
            // Values of different lengths differ in any order (a reordering keeps the text's length); two values both
            // too long to send whole cannot be told apart here.
            return candidate.cut() && model.cut() ? Optional.empty() : Optional.of(false);
        }
        return ResultComparison.same(candidate.result(), model.result(), anyOrder);
    }
}
