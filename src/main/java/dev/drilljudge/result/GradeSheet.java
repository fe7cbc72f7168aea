package dev.drilljudge.result;

import dev.drilljudge.verdict.Verdict;

import java.util.List;
import java.util.TreeSet;

/**
 * Everything `judge grade` (or `judge merge-grades`) found: the graded problems, ordered by student then problem
 * id, and the submission folders that match no problem of the bank (reported, never failing the job).
 *
 * @param unknownFolders folders that match no problem, "alice/scratch" in a cohort
 * @param cohort         true for `judge grade --cohort`: every row names its student
 * @param students       the cohort's students this sheet covers, including any with nothing graded; empty for one
 *                       repo
 * @param expected       the assignment (`--expect`): every student owes a row for each of these problem ids
 * @param rootUri        the absolute {@code file:} URI of the folder report paths are relative to (the repo root,
 *                       or the cohort folder), ending in "/"; null when unknown
 */
public record GradeSheet(List<GradedSubmission> submissions, List<String> unknownFolders, boolean cohort,
                         List<String> students, List<String> expected, String rootUri) {
    public GradeSheet {
        submissions = List.copyOf(submissions);
        unknownFolders = List.copyOf(unknownFolders);
        students = List.copyOf(students);
        expected = List.copyOf(expected);
    }

    /** One practice repo, no assignment, no known root. */
    public GradeSheet(List<GradedSubmission> submissions, List<String> unknownFolders) {
        this(submissions, unknownFolders, false, List.of(), List.of(), null);
    }

    public long acceptedCount() {
        return submissions.stream().filter(graded -> graded.report().judgement().verdict().isAccepted()).count();
    }

    public long notSubmittedCount() {
        return submissions.stream()
                .filter(graded -> graded.report().judgement().verdict() == Verdict.NOT_SUBMITTED).count();
    }

    public long passingCount() {
        return submissions.stream().filter(GradedSubmission::meetsThresholds).count();
    }

    /** True when every graded problem meets the thresholds: the job's exit code is 0. */
    public boolean allPass() {
        return submissions.stream().allMatch(GradedSubmission::meetsThresholds);
    }

    /** The problem ids of every row, sorted: the columns of a cohort table. */
    public List<String> problemIds() {
        TreeSet<String> ids = new TreeSet<>(expected);
        submissions.forEach(graded -> ids.add(graded.problemId()));
        return List.copyOf(ids);
    }
}
