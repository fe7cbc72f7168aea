package dev.drilljudge.report.submission;

import dev.drilljudge.report.CiText;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.Timings;

/** The human-readable report of one judged submission, LeetCode-like, ending with where the time went. */
public final class TextReport {
    private static final int SHOWN_FAILURES = 5;

    private final TextStyle style;

    public TextReport(TextStyle style) {
        this.style = style;
    }

    public String render(JudgeReport report) {
        Judgement judgement = report.judgement();
        StringBuilder out = new StringBuilder();
        String headline = judgement.verdict().isAccepted() ? style.good(acceptedHeadline(judgement))
                : style.bad(judgement.headline());
        out.append(headline).append('\n');
        for (Diagnostic diagnostic : judgement.diagnostics()) {
            out.append("  ").append(describe(diagnostic)).append('\n');
        }
        if (judgement.total() > 0) {
            out.append("Tests: ").append(judgement.passed()).append('/').append(judgement.total()).append(" passed\n");
            appendFailures(judgement, out);
        }
        if (judgement.complexity() != null) {
            String line = ComplexityText.line(judgement.complexity());
            out.append(judgement.complexity().optimal() ? style.good(line) : style.bad(line)).append('\n');
        }
        if (!judgement.candidateOutput().isBlank()) {
            out.append(style.dim("Your output:")).append('\n');
            judgement.candidateOutput().lines().limit(20)
                    .forEach(line -> out.append("  ").append(CiText.line(line)).append('\n'));
        }
        if (report.readability() != null) {
            out.append(ReadabilityText.render(report.readability()));
        }
        if (report.scores() != null) {
            ScorecardText.lines(report.scores()).forEach(line -> out.append(line).append('\n'));
        }
        out.append(style.dim(timingLine(judgement.timings()))).append('\n');
        return out.toString();
    }

    private void appendFailures(Judgement judgement, StringBuilder out) {
        int shown = 0;
        for (TestResult result : judgement.results()) {
            if (result.passed()) {
                continue;
            }
            if (shown == SHOWN_FAILURES) {
                out.append("  ... and more failing tests (use --format json for all)\n");
                break;
            }
            out.append("  ").append(style.bad("✗")).append(" test ").append(result.number()).append(" (")
                    .append(CiText.line(result.displayName())).append("): ").append(result.status()).append(" in ")
                    .append(result.timeMs()).append(" ms (CPU ").append(result.cpuMs()).append(" ms)");
            if (!result.message().isBlank()) {
                out.append("\n      ").append(CiText.lines(result.message()).replace("\n", "\n      "));
            }
            out.append('\n');
            shown++;
        }
    }

    private static String describe(Diagnostic diagnostic) {
        if (diagnostic.file().isEmpty()) {
            return CiText.lines(diagnostic.message()).replace("\n", "\n  ");
        }
        return CiText.line(diagnostic.file()) + ":" + diagnostic.line() + ":" + diagnostic.column() + ": "
                + CiText.lines(diagnostic.message()).replace("\n", "\n    ");
    }

    private static String timingLine(Timings timings) {
        long overhead = Math.max(0, timings.totalMs() - timings.compileMs() - timings.runMs());
        return "Time: compile " + timings.compileMs() + " ms" + reuseNote(timings)
                + ", run " + timings.runMs() + " ms, other " + overhead + " ms, total " + timings.totalMs() + " ms";
    }

    private static String reuseNote(Timings timings) {
        if (timings.candidateReused() && timings.testsReused()) {
            return " (nothing recompiled)";
        }
        if (timings.candidateReused()) {
            return " (your code reused)";
        }
        return timings.testsReused() ? " (tests reused)" : "";
    }

    /**
     * Passing the samples is not an ACCEPTED: only the hidden tests decide that, so `judge run` says what happened
     * (the JSON keeps its stable verdict field).
     */
    private static String acceptedHeadline(Judgement judgement) {
        if (judgement.mode() == RunMode.SAMPLE) {
            return "sample tests passed (" + judgement.passed() + "/" + judgement.total() + "); `judge submit "
                    + judgement.problemId() + "` runs the hidden tests";
        }
        return judgement.headline();
    }
}
