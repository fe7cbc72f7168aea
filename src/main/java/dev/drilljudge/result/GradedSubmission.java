package dev.drilljudge.result;

import java.util.List;

/**
 * One problem of a graded practice repo, as the CI reports see it.
 *
 * @param student            the student's folder name in a cohort ({@code judge grade --cohort}); "" for one repo
 * @param title              the problem's title from the bank
 * @param sourcePath         the submission folder relative to the grade's root (the repo root, or the cohort
 *                           folder), with forward slashes (e.g. {@code submissions/two-sum}); findings' files are
 *                           relative to it
 * @param report             the judgement, readability and scores of the submission
 * @param timingSelfReported true when the Meta velocity came from the candidate's committed history,
 *                           which the grader cannot verify
 * @param unmetThresholds    why the problem fails the job, e.g. "Meta 42 < 60"; empty when it passes
 */
public record GradedSubmission(String student, String title, String sourcePath, JudgeReport report,
                               boolean timingSelfReported, List<String> unmetThresholds) {
    public GradedSubmission {
        student = student == null ? "" : student;
        unmetThresholds = List.copyOf(unmetThresholds);
        sourcePath = sourcePath.replace('\\', '/');
        while (sourcePath.endsWith("/")) {
            sourcePath = sourcePath.substring(0, sourcePath.length() - 1);
        }
    }

    /** A problem of one practice repo (no cohort). */
    public GradedSubmission(String title, String sourcePath, JudgeReport report, boolean timingSelfReported,
                            List<String> unmetThresholds) {
        this("", title, sourcePath, report, timingSelfReported, unmetThresholds);
    }

    public String problemId() {
        return report.judgement().problemId();
    }

    /** "alice/two-sum" in a cohort, "two-sum" otherwise: how the row is named in every report. */
    public String rowName() {
        return student.isEmpty() ? problemId() : student + "/" + problemId();
    }

    public boolean meetsThresholds() {
        return unmetThresholds.isEmpty();
    }

    /** The same row judged against other thresholds (`judge merge-grades` applies its own). */
    public GradedSubmission withUnmetThresholds(List<String> unmet) {
        return new GradedSubmission(student, title, sourcePath, report, timingSelfReported, unmet);
    }

    /** The root-relative path of a file of this submission, as code scanning and annotations want it. */
    public String repoPath(String submissionFile) {
        if (submissionFile == null || submissionFile.isEmpty()) {
            return sourcePath;
        }
        return sourcePath.isEmpty() ? submissionFile : sourcePath + "/" + submissionFile;
    }
}
