package dev.drilljudge.result;

import java.util.List;

/**
 * Everything `judge grade` found in a practice repo: the graded problems, in problem-id order,
 * and the submission folders that match no problem of the bank (reported, never failing the job).
 */
public record GradeSheet(List<GradedSubmission> submissions, List<String> unknownFolders) {
    public GradeSheet {
        submissions = List.copyOf(submissions);
        unknownFolders = List.copyOf(unknownFolders);
    }

    public long acceptedCount() {
        return submissions.stream().filter(graded -> graded.report().judgement().verdict().isAccepted()).count();
    }

    public long passingCount() {
        return submissions.stream().filter(GradedSubmission::meetsThresholds).count();
    }

    /** True when every graded problem meets the thresholds: the job's exit code is 0. */
    public boolean allPass() {
        return submissions.stream().allMatch(GradedSubmission::meetsThresholds);
    }
}
