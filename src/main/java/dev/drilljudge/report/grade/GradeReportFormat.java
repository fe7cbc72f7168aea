package dev.drilljudge.report.grade;

import dev.drilljudge.result.GradeSheet;

/**
 * One file `judge grade` and `judge merge-grades` can write: the option that asks for it and how the grade sheet
 * reads in it. The commands write every format in {@link GradeReportFormats#all} that was asked for, so a new format
 * is one class, one line there and its option.
 */
public interface GradeReportFormat {
    /** The command-line option naming the file, e.g. {@code --junit-xml}. */
    String optionName();

    String render(GradeSheet sheet);
}
