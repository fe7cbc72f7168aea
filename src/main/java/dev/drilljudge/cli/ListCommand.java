package dev.drilljudge.cli;

import dev.drilljudge.app.ProblemListing;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.report.DocumentJson;
import dev.drilljudge.report.problem.ProblemListJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** `judge list`: the bank, one problem a line. */
@Command(name = "list", description = "List the problems: id, title, difficulty, tags.")
public final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        ProblemListing.Listing listing = ProblemListing.list(problems.bank(), submissions.directory(),
                new ProblemListing.Filter(tag, difficulty, style, unsolved));
        List<ProblemPackage> shown = listing.shown();
        if (format.json()) {
            out().println(DocumentJson.render(ProblemListJson.toJson(shown, listing.solved())));
            return ExitCodes.OK;
        }
        int idWidth = shown.stream().mapToInt(problem -> problem.id().length()).max().orElse(2);
        int titleWidth = shown.stream().mapToInt(problem -> problem.title().length()).max().orElse(5);
        String row = "%-" + idWidth + "s  %-" + titleWidth + "s  %-6s  %s%n";
        out().printf(row, "ID", "TITLE", "LEVEL", "TAGS");
        for (ProblemPackage problem : shown) {
            out().printf(row, problem.id(), problem.title(), problem.difficulty().label(),
                    String.join(", ", problem.tags()));
        }
        out().println(shown.size() + " problem" + (shown.size() == 1 ? "" : "s"));
        return ExitCodes.OK;
    }

    /** What this command prints goes through picocli's writer, so a caller (or a test) can redirect it. */
    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
