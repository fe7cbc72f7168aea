package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.report.grade.GradeReportFormat;
import dev.drilljudge.result.GradeSheet;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The report files a grade was asked for; each path is null when its option was not given.
 * They are checked before any grading starts (a typo must not cost a whole cohort's grading), parent folders are
 * created, since CI jobs usually write into a fresh reports/ folder, and each file is written whole or not at all.
 */
final class GradeReportFiles {
    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Write JUnit XML: one testsuite per problem.")
    Path junitXml;

    @Option(names = "--sarif", paramLabel = "FILE", description = "Write SARIF 2.1.0: findings and compile errors.")
    Path sarif;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the full result model as JSON.")
    Path json;

    @Option(names = "--markdown", paramLabel = "FILE",
            description = "Write a Markdown summary table (e.g. for $GITHUB_STEP_SUMMARY).")
    Path markdown;

    GradeReportFiles() {
    }

    GradeReportFiles(Path junitXml, Path sarif, Path json, Path markdown) {
        this.junitXml = junitXml;
        this.sarif = sarif;
        this.json = json;
        this.markdown = markdown;
    }

    private Map<String, Path> byOption() {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("--junit-xml", junitXml);
        files.put("--sarif", sarif);
        files.put("--json", json);
        files.put("--markdown", markdown);
        files.values().removeIf(path -> path == null);
        return files;
    }

    /** Fails with one line naming the option when a report could not be written there; creates parent folders. */
    void validate() {
        for (Map.Entry<String, Path> entry : byOption().entrySet()) {
            Path file = entry.getValue().toAbsolutePath();
            String option = entry.getKey() + " " + entry.getValue();
            if (Files.isDirectory(file)) {
                throw new BadInputException(option + ": is a folder; give a file path for the report");
            }
            Path parent = file.getParent();
            try {
                Files.createDirectories(parent);
                Path probe = Files.createTempFile(parent, ".drill-judge-", ".tmp");
                Files.delete(probe);
            } catch (IOException | SecurityException e) {
                throw new BadInputException(option + ": cannot write a report there (" + e.getMessage()
                        + "); give a writable path");
            }
            if (Files.exists(file) && !Files.isWritable(file)) {
                throw new BadInputException(option + ": the file is not writable; give a writable path");
            }
        }
    }

    /** Writes every format in {@code formats} whose option was given. */
    void write(GradeSheet sheet, List<GradeReportFormat> formats) {
        Map<String, Path> requested = byOption();
        for (GradeReportFormat format : formats) {
            Path file = requested.get(format.optionName());
            write(file, format.optionName(), () -> format.render(sheet));
        }
    }

    private static void write(Path file, String option, Supplier<String> content) {
        if (file == null) {
            return;
        }
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".drill-judge-", ".tmp");
            try {
                Files.writeString(temp, content.get(), StandardCharsets.UTF_8);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new BadInputException(option + " " + file + ": cannot write the report (" + e.getMessage()
                    + "); give a writable path");
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
