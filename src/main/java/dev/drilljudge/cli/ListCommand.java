package dev.drilljudge.cli;

import dev.drilljudge.problem.Difficulty;
import dev.drilljudge.problem.ProblemPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** `judge list`: the bank, one problem a line. */
@Command(name = "list", description = "List the problems: id, title, difficulty, tags.")
public final class ListCommand implements Callable<Integer> {
    @Mixin
    ProblemsOption problems;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only problems with this tag.")
    String tag;

    @Option(names = "--difficulty", paramLabel = "LEVEL", description = "Only easy, medium or hard problems.")
    String difficulty;

    @Option(names = "--style", paramLabel = "STYLE", description = "Only meta, amazon or pe problems.")
    String style;

    @Option(names = "--unsolved", description = "Only problems without an ACCEPTED submit in your history.")
    boolean unsolved;

    @Mixin
    SubmissionsOption submissions;

    @Override
    public Integer call() {
        Difficulty wanted = difficulty == null ? null : parseDifficulty(difficulty);
        Set<String> solved = unsolved ? SolvedProblems.in(submissions.directory()) : Set.of();
        List<ProblemPackage> shown = problems.bank().problems().stream()
                .filter(problem -> tag == null || problem.hasTag(tag))
                .filter(problem -> style == null || problem.hasTag(style))
                .filter(problem -> wanted == null || problem.difficulty() == wanted)
                .filter(problem -> !solved.contains(problem.id()))
                .toList();
        int idWidth = shown.stream().mapToInt(problem -> problem.id().length()).max().orElse(2);
        int titleWidth = shown.stream().mapToInt(problem -> problem.title().length()).max().orElse(5);
        String format = "%-" + idWidth + "s  %-" + titleWidth + "s  %-6s  %s%n";
        System.out.printf(format, "ID", "TITLE", "LEVEL", "TAGS");
        for (ProblemPackage problem : shown) {
            System.out.printf(format, problem.id(), problem.title(), problem.difficulty().label(),
                    String.join(", ", problem.tags()));
        }
        System.out.println(shown.size() + " problem" + (shown.size() == 1 ? "" : "s"));
        return ExitCodes.OK;
    }

    private static Difficulty parseDifficulty(String label) {
        try {
            return Difficulty.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new dev.drilljudge.BadInputException("--difficulty: " + e.getMessage());
        }
    }
}
