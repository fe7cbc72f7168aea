package dev.drilljudge.problem;

import dev.drilljudge.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A folder of problem packages: `problems/` by default, or a grader's private bank. */
public final class ProblemBank {
    private final Path root;

    private ProblemBank(Path root) {
        this.root = root;
    }

    public static ProblemBank open(Path problemsDir) {
        if (Files.isRegularFile(problemsDir)) {
            throw new BadInputException(problemsDir + ": a file, not a problem bank folder; pass --problems DIR, "
                    + "the folder that holds one folder per problem");
        }
        if (!Files.isDirectory(problemsDir)) {
            throw new BadInputException(problemsDir + ": no such problem bank folder; pass --problems DIR");
        }
        return new ProblemBank(problemsDir);
    }

    public Path root() {
        return root;
    }

    /** The ids of the package folders (folders holding a problem.yaml), sorted, without loading them. */
    public List<String> ids() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("problem.yaml")))
                    .map(child -> child.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(root + ": cannot list the problem bank (" + e.getMessage() + ")", e);
        }
    }

    /** Every package, loaded and validated; the first invalid one is a {@link BadInputException}. */
    public List<ProblemPackage> problems() {
        List<ProblemPackage> problems = new ArrayList<>();
        for (String id : ids()) {
            problems.add(ProblemLoader.load(root.resolve(id)));
        }
        return problems;
    }

    /**
     * Every package, as {@link #problems()}, but an empty bank is bad input: grading against no problem would pass
     * on nothing. The message says what was looked for and where, and points at a {@code problems/} folder inside
     * when the path is a bank repo's root.
     */
    public List<ProblemPackage> problemsRequired() {
        List<ProblemPackage> problems = problems();
        if (problems.isEmpty()) {
            Path inner = root.resolve("problems");
            String hint = Files.isDirectory(inner) && new ProblemBank(inner).ids().size() > 0
                    ? "; did you mean --problems " + inner + "?"
                    : "; point --problems at the bank's problems/ folder";
            throw new BadInputException("--problems " + root + ": no problems in this folder (looked for "
                    + root.resolve("<id>").resolve("problem.yaml") + ")" + hint);
        }
        return problems;
    }

    public boolean contains(String id) {
        return isSafeId(id) && Files.isRegularFile(root.resolve(id).resolve("problem.yaml"));
    }

    public ProblemPackage get(String id) {
        if (!contains(id)) {
            throw new BadInputException("unknown problem '" + id + "' in " + root + "; run `judge list` to see the ids");
        }
        return ProblemLoader.load(root.resolve(id));
    }

    /** Ids are folder names: refuse anything that could walk out of the bank. */
    private static boolean isSafeId(String id) {
        return id != null && !id.isEmpty() && !id.contains("/") && !id.contains("\\") && !id.startsWith(".");
    }
}
