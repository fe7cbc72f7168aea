package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --expect ID,...} and {@code --expect-file FILE}: the assignment. Every student owes a submission for each
 * id; a missing one is a NOT_SUBMITTED row in every report, and fails the job.
 */
final class AssignmentOptions {
    @Option(names = "--expect", paramLabel = "ID", split = ",",
            description = "The assignment: problem ids that must be submitted (comma-separated); "
                    + "a missing one is NOT_SUBMITTED and fails the job.")
    List<String> expect = new ArrayList<>();

    @Option(names = "--expect-file", paramLabel = "FILE",
            description = "The assignment from a file: one problem id a line; blank lines and # comments are skipped.")
    Path expectFile;

    /** The ids of both options, sorted; empty when neither was given. */
    Set<String> expectedIds() {
        Set<String> ids = new TreeSet<>();
        for (String id : expect) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        if (expectFile != null) {
            ids.addAll(readFile(expectFile));
        }
        return ids;
    }

    static List<String> readFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new BadInputException("--expect-file " + file + ": not UTF-8 text; give one problem id a line", e);
        } catch (IOException e) {
            throw new BadInputException("--expect-file " + file + ": cannot read the file (" + e + "); "
                    + "give a file with one problem id a line", e);
        }
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            int comment = line.indexOf('#');
            String id = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }
}
