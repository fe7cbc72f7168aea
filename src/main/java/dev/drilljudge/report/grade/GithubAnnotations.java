package dev.drilljudge.report.grade;

import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Severity;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...,col=...::message}) that put compile errors,
 * rejected verdicts and the most important findings on the pull request's lines.
 * <p>
 * Capped per problem and in total so that a messy repo does not flood the log (GitHub itself shows only a few
 * annotations per step); a last notice says how many were left out and where to find them.
 */
public final class GithubAnnotations {
    public static final int DEFAULT_PER_PROBLEM = 10;
    public static final int DEFAULT_TOTAL = 50;

    private final int perProblem;
    private final int total;

    public GithubAnnotations() {
        this(DEFAULT_PER_PROBLEM, DEFAULT_TOTAL);
    }

    public GithubAnnotations(int perProblem, int total) {
        if (perProblem < 1 || total < 1) {
            throw new IllegalArgumentException("annotation caps must be positive: " + perProblem + ", " + total);
        }
        this.perProblem = perProblem;
        this.total = total;
    }

    /** The workflow command lines, in problem order, each without a trailing newline. */
    public List<String> render(GradeSheet sheet) {
        List<String> commands = new ArrayList<>();
        int leftOut = 0;
        for (GradedSubmission graded : sheet.submissions()) {
            List<String> candidates = annotationsOf(graded);
            int room = Math.min(perProblem, total - commands.size());
            int shown = Math.max(0, Math.min(room, candidates.size()));
            commands.addAll(candidates.subList(0, shown));
            leftOut += candidates.size() - shown;
        }
        if (leftOut > 0) {
            commands.add(command("notice", Map.of(), leftOut + " more annotations not shown; "
                    + "see the SARIF report or the job summary for every finding."));
        }
        return commands;
    }

    /** Every annotation of one problem, most important first: the verdict and compile errors, then findings. */
    private List<String> annotationsOf(GradedSubmission graded) {
        Judgement judgement = graded.report().judgement();
        List<String> annotations = new ArrayList<>();
        String title = judgement.problemId() + ": " + judgement.verdict().name();
        if (!judgement.diagnostics().isEmpty()) {
            for (Diagnostic diagnostic : judgement.diagnostics()) {
                annotations.add(command("error", location(graded, diagnostic.file(), diagnostic.line(),
                        diagnostic.column(), title), diagnostic.message()));
            }
        } else if (judgement.verdict() != Verdict.ACCEPTED) {
            annotations.add(command("error", location(graded, "", 0, 0, title), judgement.headline()));
        }
        if (graded.report().readability() != null) {
            graded.report().readability().findings().stream()
                    .sorted(MarkdownSummary.IMPORTANCE)
                    .forEach(finding -> annotations.add(findingCommand(graded, finding)));
        }
        return annotations;
    }

    private String findingCommand(GradedSubmission graded, Finding finding) {
        String message = finding.suggestion() == null || finding.suggestion().isBlank()
                ? finding.message()
                : finding.message() + " Fix: " + finding.suggestion();
        return command(level(finding.severity()),
                location(graded, finding.file(), finding.line(), finding.column(),
                        graded.problemId() + ": " + finding.ruleId()),
                message);
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, MAJOR -> "warning";
            case MINOR, INFO -> "notice";
        };
    }

    private static Map<String, String> location(GradedSubmission graded, String file, long line, long column,
                                                String title) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (file != null && !file.isEmpty()) {
            properties.put("file", graded.repoPath(file));
            if (line > 0) {
                properties.put("line", Long.toString(line));
                if (column > 0) {
                    properties.put("col", Long.toString(column));
                }
            }
        }
        properties.put("title", title);
        return properties;
    }

    static String command(String name, Map<String, String> properties, String message) {
        StringBuilder command = new StringBuilder("::").append(name);
        String separator = " ";
        for (Map.Entry<String, String> property : properties.entrySet()) {
            command.append(separator).append(property.getKey()).append('=').append(escapeProperty(property.getValue()));
            separator = ",";
        }
        return command.append("::").append(escapeData(message == null ? "" : message)).toString();
    }

    /** GitHub's escaping for a command's message: %, CR and LF. */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping for a command's property values: the message's, plus the separators : and ,. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
