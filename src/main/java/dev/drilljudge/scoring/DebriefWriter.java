package dev.drilljudge.scoring;

import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line per bar in the words of the interview debrief, citing the numbers behind the score.
 * Every phrase traces to a point in docs/interview-bars.md: time box, first submit, complexity (Meta);
 * naming, edge cases, error handling, and "readable but wrong does not pass" (Amazon).
 */
public final class DebriefWriter {
    static final String EDGE_TAG = dev.drilljudge.verdict.TaggedTests.EDGE;
    private static final int EXAMPLES_PER_CATEGORY = 2;
    private static final Pattern QUOTED_NAME = Pattern.compile("`([^`]+)`");
    private static final Map<Category, String> ISSUE_NOUNS = Map.of(
            Category.NAMING, "naming issue",
            Category.EDGE_CASES, "edge-case issue",
            Category.MODULARITY, "modularity issue",
            Category.ERROR_HANDLING, "error-handling issue");

    private DebriefWriter() {
    }

    public static Debrief write(ScoreInputs inputs, MetaScore meta, AmazonScore amazon) {
        return new Debrief(meta(inputs, meta), amazon(inputs, amazon));
    }

    static String meta(ScoreInputs inputs, MetaScore meta) {
        Judgement judgement = inputs.judgement();
        Verdict verdict = judgement.verdict();
        List<String> facts = new ArrayList<>();
        String signal;
        if (verdict == Verdict.JUDGE_ERROR) {
            signal = "no signal";
            facts.add("the judge failed on this submit (JUDGE_ERROR), so it says nothing about the candidate");
        } else if (verdict == Verdict.COMPILE_ERROR) {
            signal = "no hire signal";
            facts.add("the code does not compile" + firstDiagnosticPlace(judgement)
                    + ": the round is written in a plain document, so syntax must be right without help");
            addClockSoFar(inputs, facts);
            addRejectedSoFar(meta, facts);
        } else if (verdict.isAccepted()) {
            signal = metaBand(meta.total());
            if (inputs.timed()) {
                facts.add(solvedIn(inputs));
            } else {
                facts.add("accepted, not timed");
            }
            facts.add(meta.rejectedAttempts() == 0 ? "first submit" : afterRejections(inputs, meta));
            perfLine(judgement).ifPresent(facts::add);
            wrongGrowthAnswer(judgement).ifPresent(facts::add);
        } else {
            signal = "no hire signal yet";
            facts.add(judgement.headline());
            facts.add(judgement.passed() + " of " + judgement.total() + " hidden tests pass");
            perfLine(judgement).ifPresent(line -> facts.add(meta.complexity() < 100
                    ? line + ": expect Big-O questions"
                    : line));
            addClockSoFar(inputs, facts);
            addRejectedSoFar(meta, facts);
        }
        return "Meta: " + signal + " — " + String.join(", ", facts) + ".";
    }

    static String amazon(ScoreInputs inputs, AmazonScore amazon) {
        Readability readability = inputs.readability();
        List<String> facts = new ArrayList<>();
        if (readability == null) {
            facts.add("no readability result for this code, so nothing to credit");
        } else {
            facts.add("readability " + readability.score() + "/100");
            for (Category category : Category.values()) {
                categoryIssues(readability, category).ifPresent(facts::add);
            }
            if (inputs.amazonWeights().errorHandling() > 0) {
                facts.add("error handling " + readability.category(Category.ERROR_HANDLING) + "/100");
            }
        }
        failedEdgeTests(inputs.judgement()).ifPresent(facts::add);
        if (readability != null && readability.findings().isEmpty() && inputs.accepted()) {
            facts.add("no findings");
        }
        String signal;
        if (!inputs.accepted()) {
            signal = "the bar raiser would push back";
            facts.add("not ACCEPTED (" + inputs.judgement().verdict() + "), so capped at "
                    + AmazonScorer.NOT_ACCEPTED_CAP + ": readable but wrong does not pass");
        } else {
            signal = amazonBand(amazon.total());
        }
        return "Amazon: " + signal + " — " + String.join("; ", facts) + ".";
    }

    static String metaBand(int total) {
        if (total >= 85) {
            return "strong signal";
        }
        if (total >= 70) {
            return "solid signal";
        }
        return total >= 50 ? "mixed signal" : "weak signal";
    }

    static String amazonBand(int total) {
        if (total >= 85) {
            return "meets the bar (Insist on the Highest Standards)";
        }
        return total >= 70 ? "the bar raiser would probe further" : "the bar raiser would push back";
    }

    private static String solvedIn(ScoreInputs inputs) {
        long elapsed = inputs.elapsedSeconds();
        long target = inputs.targetSeconds();
        String solved = "solved in " + ClockText.format(elapsed) + " of " + ClockText.format(target);
        if (elapsed > target) {
            solved += " (" + ClockText.format(elapsed - target) + " over the time box)";
        }
        return inputs.selfReported() ? solved + " (self-reported)" : solved;
    }

    private static String afterRejections(ScoreInputs inputs, MetaScore meta) {
        String after = "after " + Wording.plural(meta.rejectedAttempts(), "rejected submit");
        if (inputs.timed()) {
            after += " (+" + ClockText.format(MetaScorer.penaltySeconds(inputs.targetSeconds(),
                    meta.rejectedAttempts())) + " penalty)";
        }
        return after;
    }

    private static void addClockSoFar(ScoreInputs inputs, List<String> facts) {
        if (inputs.timed()) {
            facts.add("at " + ClockText.format(inputs.elapsedSeconds()) + " of " + ClockText.format(inputs.targetSeconds())
                    + (inputs.selfReported() ? " (self-reported)" : ""));
        }
    }

    private static void addRejectedSoFar(MetaScore meta, List<String> facts) {
        if (meta.rejectedAttempts() > 0) {
            facts.add(Wording.plural(meta.rejectedAttempts(), "rejected submit") + " so far");
        }
    }

    /** A growth series answer that differed from the model answer's: its complexity is not credited. */
    private static Optional<String> wrongGrowthAnswer(Judgement judgement) {
        if (judgement.complexity() == null || !judgement.complexity().answers().anyWrong()) {
            return Optional.empty();
        }
        return Optional.of(judgement.complexity().answers().wrongNote() + ", so complexity is not credited");
    }

    private static Optional<String> perfLine(Judgement judgement) {
        List<TestResult> perf = judgement.results().stream().filter(MetaScorer::isPerf).toList();
        if (perf.isEmpty()) {
            return Optional.empty();
        }
        long passed = perf.stream().filter(TestResult::passed).count();
        return Optional.of(passed + " of " + perf.size() + " perf tests pass");
    }

    private static String firstDiagnosticPlace(Judgement judgement) {
        for (Diagnostic diagnostic : judgement.diagnostics()) {
            if (!diagnostic.file().isEmpty() && diagnostic.line() > 0) {
                return " (" + diagnostic.file() + " line " + diagnostic.line() + ")";
            }
        }
        return "";
    }

    private static Optional<String> categoryIssues(Readability readability, Category category) {
        List<Finding> findings = readability.findings().stream().filter(f -> f.category() == category).toList();
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        boolean manyFiles = readability.findings().stream().map(Finding::file).distinct().count() > 1;
        List<String> examples = new ArrayList<>();
        for (Finding finding : findings.subList(0, Math.min(EXAMPLES_PER_CATEGORY, findings.size()))) {
            examples.add(place(finding, manyFiles));
        }
        if (findings.size() > EXAMPLES_PER_CATEGORY) {
            examples.add("…");
        }
        return Optional.of(Wording.plural(findings.size(), ISSUE_NOUNS.get(category))
                + " (" + String.join(", ", examples) + ")");
    }

    /** "`temp` at line 8" when the message names the identifier, else "line 8". */
    private static String place(Finding finding, boolean manyFiles) {
        String where = manyFiles ? finding.file() + ":" + finding.line() : "line " + finding.line();
        Matcher name = QUOTED_NAME.matcher(finding.message() == null ? "" : finding.message());
        return name.find() ? "`" + name.group(1) + "` at " + where : where;
    }

    private static Optional<String> failedEdgeTests(Judgement judgement) {
        List<TestResult> failed = judgement.results().stream()
                .filter(result -> result.tags().contains(EDGE_TAG))
                .filter(result -> !result.passed() && result.status() != TestStatus.NOT_RUN)
                .toList();
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        String first = "fails the edge test \"" + failed.get(0).displayName() + "\"";
        return Optional.of(failed.size() == 1 ? first : first + " and " + (failed.size() - 1) + " more");
    }
}
