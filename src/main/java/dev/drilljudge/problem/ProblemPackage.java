package dev.drilljudge.problem;

import dev.drilljudge.policy.ApiProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A loaded and validated problem package (see docs/problem-format.md).
 *
 * @param targetMinutes the drill's time box; from problem.yaml, or the difficulty's default
 * @param inputs        what the statement guarantees about each starter parameter ({@code inputs:})
 * @param printsOutput  the solution is asked to print (so printing is not leftover debug output)
 * @param allowApis     packages, classes and members the problem adds to the default APIs (see ApiPattern)
 */
public record ProblemPackage(
        String id,
        String title,
        Difficulty difficulty,
        List<String> tags,
        int targetMinutes,
        Limits limits,
        boolean allowThreads,
        ProblemInputs inputs,
        boolean printsOutput,
        List<String> allowApis,
        Path root) {

    public ProblemPackage {
        tags = List.copyOf(tags);
        allowApis = List.copyOf(allowApis);
    }

    /** What the problem lets candidate code use: the default APIs, threads if allowed, and its allowApis. */
    public ApiProfile apiProfile() {
        return ApiProfile.forProblem(allowThreads, allowApis);
    }

    /** A package whose problem.yaml states no input guarantees, does not print and widens no API. */
    public ProblemPackage(String id, String title, Difficulty difficulty, List<String> tags, int targetMinutes,
                          Limits limits, boolean allowThreads, Path root) {
        this(id, title, difficulty, tags, targetMinutes, limits, allowThreads, List.of(), root);
    }

    /** A package whose problem.yaml states no input guarantees and does not print. */
    public ProblemPackage(String id, String title, Difficulty difficulty, List<String> tags, int targetMinutes,
                          Limits limits, boolean allowThreads, List<String> allowApis, Path root) {
        this(id, title, difficulty, tags, targetMinutes, limits, allowThreads, ProblemInputs.NONE, false, allowApis,
                root);
    }

    public Path statementFile() {
        return root.resolve("statement.md");
    }

    public Path starterDir() {
        return root.resolve("starter");
    }

    public Path supportDir() {
        return root.resolve("support");
    }

    public Path sampleTestsDir() {
        return root.resolve("tests").resolve("sample");
    }

    public Path hiddenTestsDir() {
        return root.resolve("tests").resolve("hidden");
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    /** The solutions shipped under solutions/&lt;kind&gt;/, sorted by name. */
    public List<Solution> solutions(SolutionKind kind) {
        Path kindDir = root.resolve("solutions").resolve(kind.folderName());
        if (!Files.isDirectory(kindDir)) {
            return List.of();
        }
        List<Solution> solutions = new ArrayList<>();
        try (Stream<Path> children = Files.list(kindDir)) {
            children.filter(Files::isDirectory)
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .forEach(dir -> solutions.add(new Solution(dir.getFileName().toString(), kind, dir)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + kindDir, e);
        }
        return solutions;
    }
}
