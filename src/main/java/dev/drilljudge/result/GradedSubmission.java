package dev.drilljudge.result;

import java.util.List;

/**
 * One problem of a graded practice repo, as the CI reports see it.
 *
 * @param title              the problem's title from the bank
 * @param sourcePath         the submission folder relative to the repo root, with forward slashes
 *                           (e.g. {@code submissions/two-sum}); findings' files are relative to it
 * @param report             the judgement, readability and scores of the submission
 * @param timingSelfReported true when the Meta velocity came from the candidate's committed history,
 *                           which the grader cannot verify
 * @param unmetThresholds    why the problem fails the job's thresholds, e.g. "Meta 42 < 60"; empty when it passes
 */
public record GradedSubmission(String title, String sourcePath, JudgeReport report, boolean timingSelfReported,
                               List<String> unmetThresholds) {
    public GradedSubmission {
        unmetThresholds = List.copyOf(unmetThresholds);
        sourcePath = sourcePath.replace('\\', '/');
        while (sourcePath.endsWith("/")) {
            sourcePath = sourcePath.substring(0, sourcePath.length() - 1);
        }
    }

    public String problemId() {
        return report.judgement().problemId();
    }

    public boolean meetsThresholds() {
        return unmetThresholds.isEmpty();
    }

    /** The repo-relative path of a file of this submission, as code scanning and annotations want it. */
    public String repoPath(String submissionFile) {
        if (submissionFile == null || submissionFile.isEmpty()) {
            return sourcePath;
        }
        return sourcePath.isEmpty() ? submissionFile : sourcePath + "/" + submissionFile;
    }
}
