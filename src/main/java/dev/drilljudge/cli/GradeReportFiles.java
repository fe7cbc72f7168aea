package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.report.GradeJsonReport;
import dev.drilljudge.report.JunitXmlReport;
import dev.drilljudge.report.MarkdownSummary;
import dev.drilljudge.report.SarifReport;
import dev.drilljudge.result.GradeSheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The report files a grade was asked for; each path is null when its option was not given.
 * Parent folders are created, since CI jobs usually write into a fresh reports/ folder.
 */
record GradeReportFiles(Path junitXml, Path sarif, Path json, Path markdown) {

    void write(GradeSheet sheet, SarifReport sarifReport) {
        write(junitXml, "--junit-xml", () -> new JunitXmlReport().render(sheet));
        write(sarif, "--sarif", () -> sarifReport.render(sheet));
        write(json, "--json", () -> new GradeJsonReport().render(sheet));
        write(markdown, "--markdown", () -> new MarkdownSummary().render(sheet));
    }

    private static void write(Path file, String option, Supplier<String> content) {
        if (file == null) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, content.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(option + " " + file + ": cannot write the report (" + e.getMessage()
                    + "); give a writable path");
        }
    }
}
