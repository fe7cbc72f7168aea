package dev.drilljudge.testing;

import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;

import java.nio.file.Path;
import java.util.List;

/** Paths to the test fixtures: a tiny problem bank, hostile submissions, and the project's own bank. */
public final class TestBanks {
    private TestBanks() {
    }

    public static Path projectRoot() {
        return Path.of(System.getProperty("judge.projectRoot", ".")).toAbsolutePath().normalize();
    }

    public static ProblemBank fixtureBank() {
        return ProblemBank.open(projectRoot().resolve("src/test/resources/bank"));
    }

    public static ProblemBank shippedBank() {
        return ProblemBank.open(projectRoot().resolve("problems"));
    }

    public static List<SourceFile> hostile(String name) {
        return SourceTrees.read(projectRoot().resolve("src/test/resources/hostile").resolve(name));
    }

    public static List<SourceFile> fixtureSolution(String problem, String kind, String name) {
        return SourceTrees.read(projectRoot().resolve("src/test/resources/bank").resolve(problem)
                .resolve("solutions").resolve(kind).resolve(name));
    }
}
