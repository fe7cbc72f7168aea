package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.ProblemBank;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * `judge practice-repo DIR`: a candidate's practice repository, with nothing of the judge in it: a README for the
 * candidate, a .gitignore that commits submissions/ and the drill history, and CI workflows for GitHub Actions and
 * GitLab that install the judge at a pinned version from the instructor's side and grade with the assignment.
 */
@Command(name = "practice-repo", mixinStandardHelpOptions = true,
        description = {"Write a candidate's practice repository: submissions/, a README and CI workflows that grade it",
                "with a pinned judge and a private bank. Nothing of the judge itself is copied."})
public final class PracticeRepoCommand implements Callable<Integer> {
    /** What GitHub and GitLab accept as a repository or project path: no spaces, quotes or YAML syntax. */
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+");
    /** A tag, branch or commit: what `git fetch` takes as a ref, without anything a shell or YAML would read. */
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[A-Za-z]+}}");
    private static final Pattern PROBLEM_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    @Parameters(paramLabel = "DIR", description = "Where to write the practice repository (new, or empty).")
    Path directory;

    @Mixin
    AssignmentOptions assignment;

    @Mixin
    ProblemsOption problems;

    @Option(names = "--judge-repository", paramLabel = "OWNER/NAME", defaultValue = "drilljudge/drill-judge",
            description = "The GitHub repository CI installs the judge from (default: ${DEFAULT-VALUE}).")
    String judgeRepository;

    @Option(names = "--judge-ref", paramLabel = "REF",
            description = "The tag or commit of the judge CI installs (default: v<this judge's version>).")
    String judgeRef;

    @Option(names = "--bank-repository", paramLabel = "OWNER/NAME", defaultValue = "your-org/drill-bank",
            description = "The private bank's GitHub repository (default: ${DEFAULT-VALUE}).")
    String bankRepository;

    @Option(names = "--bank-project", paramLabel = "GROUP/NAME",
            description = "The private bank's GitLab project (default: the --bank-repository path).")
    String bankProject;

    @Option(names = "--force", description = "Write into a folder that is not empty (existing files are replaced).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Set<String> expected = assignment.expectedIds();
        checkAssignment(expected);
        String ref = judgeRef == null ? "v" + JudgeVersion.current() : judgeRef;
        require(REPOSITORY, judgeRepository, "--judge-repository", "OWNER/NAME");
        require(REF, ref, "--judge-ref", "a tag or commit");
        require(REPOSITORY, bankRepository, "--bank-repository", "OWNER/NAME");
        String project = bankProject == null ? bankRepository : bankProject;
        require(REPOSITORY, project, "--bank-project", "GROUP/NAME");
        checkTarget();

        String ids = String.join(",", expected);
        Map<String, String> values = Map.of(
                "judgeRepository", judgeRepository,
                "judgeRef", ref,
                "judgeUrl", "https://github.com/" + judgeRepository,
                "bankRepository", bankRepository,
                "bankProject", project,
                "assignment", expected.isEmpty() ? "--expect-file \"$DRILL_JUDGE_BANK/assignment.txt\""
                        : "--expect " + ids,
                "assignmentText", expected.isEmpty()
                        ? "the problems listed in the instructor's bank (`assignment.txt`)"
                        : String.join(", ", expected.stream().map(id -> "`" + id + "`").toList()));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("README.md", fill("README.md", values));
        files.put(".gitignore", fill("gitignore", values));
        files.put("submissions/README.md", fill("submissions-README.md", values));
        files.put("submissions/.judge/history.jsonl", "");
        files.put(".github/workflows/drill-judge.yml", fill("github-workflow.yml", values));
        files.put(".gitlab-ci.yml", fill("gitlab-ci.yml", values));
        for (Map.Entry<String, String> file : files.entrySet()) {
            write(directory.resolve(file.getKey()), file.getValue());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote a practice repo in " + directory + ":");
        files.keySet().forEach(name -> out.println("  " + name));
        out.println("Next: cd " + directory + " && git init && git add . && git commit -m \"Practice repo\"; then set "
                + "the BANK_TOKEN secret (GitHub) or the bank's job-token access (GitLab).");
        out.flush();
        return ExitCodes.OK;
    }

    /** The ids must be problem ids; when the bank is at hand, problems of it. */
    private void checkAssignment(Set<String> expected) {
        for (String id : expected) {
            if (!PROBLEM_ID.matcher(id).matches()) {
                throw new BadInputException("--expect " + id + ": not a problem id (lower-case letters, digits and "
                        + "dashes)");
            }
        }
        if (Files.isDirectory(problems.directory())) {
            ProblemBank bank = problems.bank();
            for (String id : expected) {
                if (!bank.contains(id)) {
                    throw new BadInputException("--expect " + id + ": no problem '" + id + "' in the bank "
                            + problems.directory() + "; check the id against `judge list`");
                }
            }
        }
    }

    private static void require(Pattern pattern, String value, String option, String shape) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new BadInputException(option + " " + value + ": give " + shape);
        }
    }

    private void checkTarget() {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new BadInputException(directory + ": is a file; give a folder for the practice repo");
        }
        if (Files.isDirectory(directory) && !force) {
            try (Stream<Path> children = Files.list(directory)) {
                if (children.anyMatch(child -> !child.getFileName().toString().equals(".git"))) {
                    throw new BadInputException(directory + ": the folder is not empty; give a new folder, or "
                            + "--force to write the practice repo's files into it");
                }
            } catch (IOException e) {
                throw new BadInputException(directory + ": cannot list the folder (" + e.getMessage() + ")", e);
            }
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String text = resource(template);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        if (PLACEHOLDER.matcher(text).find()) {
            throw new IllegalStateException("template " + template + " has an unfilled placeholder");
        }
        return text;
    }

    static String resource(String name) {
        try (InputStream in = PracticeRepoCommand.class.getResourceAsStream("/practice-repo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource practice-repo/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write (" + e.getMessage() + "); give a writable folder", e);
        }
    }
}
