package dev.drilljudge.scoring;

import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.readability.Severity;
import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;
import dev.drilljudge.worker.protocol.TestOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Synthetic judgements and readability results for tests: no engine needed. */
public final class TestJudgements {
    private TestJudgements() {
    }

    /** A hidden-test judgement: {@code plain} untagged tests, then {@code edge} edge tests, then perf tests. */
    public static Judgement hidden(String problemId, Verdict verdict, int plainPassed, int plainTotal,
                                   int edgePassed, int edgeTotal, int perfPassed, int perfTotal) {
        List<TestResult> results = new ArrayList<>();
        addTests(results, "Hidden.plain", Set.of(), plainPassed, plainTotal, verdict);
        addTests(results, "Hidden.edge", Set.of("edge"), edgePassed, edgeTotal, verdict);
        addTests(results, "Hidden.perf", Set.of("perf"), perfPassed, perfTotal, verdict);
        String headline = verdict == Verdict.ACCEPTED ? "ACCEPTED" : firstFailure(verdict, results);
        return new Judgement(problemId, RunMode.HIDDEN, verdict, headline, results, List.of(),
                new Timings(30, 200, 230), "");
    }

    public static Judgement accepted(String problemId, int tests, int perfTests) {
        return hidden(problemId, Verdict.ACCEPTED, tests - perfTests, tests - perfTests, 0, 0, perfTests, perfTests);
    }

    public static Judgement wrong(String problemId, int passed, int total) {
        return hidden(problemId, Verdict.WRONG_ANSWER, passed, total, 0, 0, 0, 0);
    }

    public static Judgement compileError(String problemId) {
        return new Judgement(problemId, RunMode.HIDDEN, Verdict.COMPILE_ERROR,
                "COMPILE_ERROR at Solution.java line 8", List.of(),
                List.of(new Diagnostic("Solution.java", 8, 13, "';' expected")), new Timings(40, 0, 40), "");
    }

    public static Judgement sample(String problemId) {
        return new Judgement(problemId, RunMode.SAMPLE, Verdict.ACCEPTED, "ACCEPTED",
                List.of(new TestResult(1, "Sample.one", "one", Set.of(), TestStatus.PASSED, 3, "")),
                List.of(), new Timings(30, 50, 80), "");
    }

    /** A readability result with the given score and categories and no findings. */
    public static Readability readability(int score, int naming, int edgeCases, int modularity, int errorHandling,
                                          Finding... findings) {
        return new Readability(score, Map.of(Category.NAMING, naming, Category.EDGE_CASES, edgeCases,
                Category.MODULARITY, modularity, Category.ERROR_HANDLING, errorHandling),
                List.of(findings), List.of());
    }

    public static Finding finding(String ruleId, Category category, int line, String message) {
        return new Finding(ruleId, category, Severity.MAJOR, message, "Solution.java", line, 9, "fix it");
    }

    private static void addTests(List<TestResult> results, String prefix, Set<String> tags, int passed, int total,
                                 Verdict verdict) {
        TestStatus failure = verdict == Verdict.ACCEPTED || verdict == Verdict.COMPILE_ERROR
                || verdict == Verdict.JUDGE_ERROR
                ? TestStatus.of(TestOutcome.WRONG_ANSWER)
                : TestStatus.valueOf(verdict.name());
        for (int i = 0; i < total; i++) {
            int number = results.size() + 1;
            TestStatus status = i < passed ? TestStatus.PASSED : failure;
            String display = (tags.isEmpty() ? "" : tags.iterator().next() + ": ") + "case " + (i + 1);
            results.add(new TestResult(number, prefix + (i + 1), display, tags, status, 5, ""));
        }
    }

    private static String firstFailure(Verdict verdict, List<TestResult> results) {
        for (TestResult result : results) {
            if (!result.passed()) {
                return verdict + " on test " + result.number() + " (" + result.displayName() + ")";
            }
        }
        return verdict.name();
    }
}
