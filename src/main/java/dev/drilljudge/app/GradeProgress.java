package dev.drilljudge.app;

import dev.drilljudge.result.GradedSubmission;

/** Hears about a grade while it runs, e.g. to move a progress bar. Calls never overlap. */
public interface GradeProgress {
    GradeProgress NONE = new GradeProgress() {
        @Override
        public void started(int submissions) {
        }

        @Override
        public void graded(GradedSubmission graded) {
        }
    };

    void started(int submissions);

    void graded(GradedSubmission graded);
}
