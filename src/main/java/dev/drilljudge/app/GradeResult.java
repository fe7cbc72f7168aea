package dev.drilljudge.app;

import dev.drilljudge.result.GradeSheet;

import java.util.List;

/**
 * What `judge grade` found, plus how long it took.
 *
 * @param historyWarnings corrupt lines of the committed history, each with its line number; they were skipped
 */
public record GradeResult(GradeSheet sheet, List<String> historyWarnings, long wallMs) {
    public GradeResult {
        historyWarnings = List.copyOf(historyWarnings);
    }

    /** True when every graded problem meets the thresholds: exit code 0. */
    public boolean passed() {
        return sheet.allPass();
    }
}
