package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.report.grade.GradeReportFormat;
import dev.drilljudge.report.grade.GradeReportFormats;
import dev.drilljudge.result.GradeSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradeReportFilesTest {
    private static final GradeSheet EMPTY = new GradeSheet(List.of(), List.of("scratch"));
    private static final List<GradeReportFormat> FORMATS = GradeReportFormats.all(Map.of(), "test");

    @Test
    void writesOnlyTheReportsAskedForCreatingTheirFolders(@TempDir Path root) throws Exception {
        Path markdown = root.resolve("reports/deep/summary.md");

        new GradeReportFiles(null, null, null, markdown).write(EMPTY, FORMATS);

        assertThat(Files.readString(markdown)).contains("Not graded (no problem of that id in the bank): `scratch`");
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).toList()).containsExactly(markdown);
        }
    }

    @Test
    void anUnwritablePathIsBadInputNamingTheOption(@TempDir Path root) throws Exception {
        Path blocker = root.resolve("taken");
        Files.writeString(blocker, "a file, not a folder");

        assertThatThrownBy(() -> new GradeReportFiles(null, blocker.resolve("grade.sarif"), null, null)
                .write(EMPTY, FORMATS))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("--sarif " + blocker.resolve("grade.sarif") + ": cannot write the report (")
                .hasMessageEndingWith("); give a writable path");
    }

    @Test
    void everyFormatIsAskedForByItsOwnOption() {
        picocli.CommandLine.Model.CommandSpec options =
                picocli.CommandLine.Model.CommandSpec.forAnnotatedObject(new GradeReportFiles());

        assertThat(FORMATS).extracting(GradeReportFormat::optionName)
                .containsExactly("--junit-xml", "--sarif", "--json", "--markdown")
                .allSatisfy(name -> assertThat(options.findOption(name)).as(name).isNotNull());
    }
}
