package dev.drilljudge.app;

import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What every graded problem must meet for the CI job to pass.
 *
 * @param failUnderMeta   a problem fails when its Meta total is below this (0-100)
 * @param failUnderAmazon a problem fails when its Amazon total is below this (0-100)
 */
public record GradeThresholds(boolean requireAccepted, OptionalInt failUnderMeta, OptionalInt failUnderAmazon) {
    public static final GradeThresholds NONE = new GradeThresholds(false, OptionalInt.empty(), OptionalInt.empty());

    public GradeThresholds {
        requireInRange(failUnderMeta, "--fail-under-meta");
        requireInRange(failUnderAmazon, "--fail-under-amazon");
    }

    private static void requireInRange(OptionalInt threshold, String option) {
        if (threshold.isPresent() && (threshold.getAsInt() < 0 || threshold.getAsInt() > 100)) {
            throw new IllegalArgumentException(option + " must be a score from 0 to 100, not " + threshold.getAsInt());
        }
    }

    /**
     * Why a report misses the thresholds, one reason per threshold, e.g. "Meta 42 < 60"; empty when it meets them.
     * A judge error always fails: its result says nothing about the code, so it must not pass silently.
     */
    public List<String> unmet(JudgeReport report) {
        List<String> reasons = new ArrayList<>();
        Verdict verdict = report.judgement().verdict();
        if (verdict == Verdict.JUDGE_ERROR) {
            reasons.add("judge error: " + report.judgement().headline());
        } else if (requireAccepted && !verdict.isAccepted()) {
            reasons.add("not ACCEPTED (" + verdict.name() + ")");
        }
        if (failUnderMeta.isPresent()) {
            if (report.scores() == null) {
                reasons.add("no Meta score");
            } else if (report.scores().meta().total() < failUnderMeta.getAsInt()) {
                reasons.add("Meta " + report.scores().meta().total() + " < " + failUnderMeta.getAsInt());
            }
        }
        if (failUnderAmazon.isPresent()) {
            if (report.scores() == null) {
                reasons.add("no Amazon score");
            } else if (report.scores().amazon().total() < failUnderAmazon.getAsInt()) {
                reasons.add("Amazon " + report.scores().amazon().total() + " < " + failUnderAmazon.getAsInt());
            }
        }
        return reasons;
    }
}
