package dev.drilljudge.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A wrong solution seen as the bug a debug drill hands out: solutions/wrong/&lt;name&gt;/ with its BUG.md, one or two
 * lines saying what is wrong and which input exposes it.
 */
public record SeededBug(String problemId, String name, Path directory) {
    public static final String NOTE_FILE = "BUG.md";

    /** Every wrong solution of the problem, by name. */
    public static List<SeededBug> of(ProblemPackage problem) {
        return problem.solutions(SolutionKind.WRONG).stream()
                .map(solution -> new SeededBug(problem.id(), solution.name(), solution.directory()))
                .toList();
    }

    /** The folder name as words: "off-by-one-window" reads "off by one window". */
    public String title() {
        return name.replace('-', ' ');
    }

    public Path noteFile() {
        return directory.resolve(NOTE_FILE);
    }

    /** BUG.md as one line (Markdown line breaks joined), or "" when it is missing or blank. */
    public String description() {
        Path note = noteFile();
        if (!Files.isRegularFile(note)) {
            return "";
        }
        try {
            return Files.readAllLines(note, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.joining(" "));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + note, e);
        }
    }
}
