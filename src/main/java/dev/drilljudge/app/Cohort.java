package dev.drilljudge.app;

import dev.drilljudge.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code judge grade --cohort DIR}: one practice repo per student, {@code DIR/<student>/submissions/<id>/}.
 * Dot-folders (such as {@code .git}) are not students.
 */
public final class Cohort {
    private Cohort() {
    }

    /** Every student's repo in {@code cohortDir}, sorted by name, cut to {@code shard}. */
    public static List<PracticeRepo> repos(Path cohortDir, CohortShard shard) {
        if (!Files.isDirectory(cohortDir)) {
            throw new BadInputException("--cohort " + cohortDir + ": no such folder; give the folder that holds one "
                    + "practice repo per student (DIR/<student>/submissions/)");
        }
        List<String> students;
        try (Stream<Path> children = Files.list(cohortDir)) {
            students = children.filter(Files::isDirectory)
                    .map(child -> child.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException("--cohort " + cohortDir + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
        if (students.isEmpty()) {
            throw new BadInputException("--cohort " + cohortDir + ": no student folders; expected one practice repo "
                    + "per student, DIR/<student>/submissions/<id>/");
        }
        return students.stream()
                .filter(shard::contains)
                .map(student -> new PracticeRepo(student, cohortDir.resolve(student).resolve("submissions")))
                .toList();
    }
}
