package dev.drilljudge.report.grade;

import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.readability.Severity;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.scoring.AmazonScore;
import dev.drilljudge.scoring.Debrief;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;
import dev.drilljudge.worker.protocol.TestOutcome;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-built results for the renderer tests: the renderers only read values, so no judge runs here. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    static TestResult test(int number, String name, String displayName, TestStatus status, long timeMs,
                           String message) {
        return new TestResult(number, name, displayName, Set.of(), status, timeMs, message);
    }

    static Finding finding(String ruleId, Category category, Severity severity, String file, int line, int column,
                           String message, String suggestion) {
        return new Finding(ruleId, category, severity, message, file, line, column, suggestion);
    }

    static Readability readability(int score, List<Finding> findings) {
        return new Readability(score, Map.of(Category.NAMING, score), findings, List.of("Rename temp."));
    }

    static Scorecard scores(int meta, Integer velocity, int amazon) {
        return new Scorecard(
                new MetaScore(meta, 100, velocity, 100, 100, velocity == null ? null : 1100L, 900, 0),
                new AmazonScore(amazon, 70, 80, 100),
                (meta + amazon) / 2,
                new Debrief("Meta: strong signal.", "Amazon: the bar raiser would push back."));
    }

    /** two-sum: accepted, 2 tests, one naming finding, scored and self-reported. */
    static GradedSubmission acceptedTwoSum() {
        Judgement judgement = new Judgement("two-sum", RunMode.HIDDEN, Verdict.ACCEPTED, "ACCEPTED",
                List.of(test(1, "TwoSumHiddenTest.basic", "basic pair", TestStatus.PASSED, 12, ""),
                        test(2, "TwoSumHiddenTest.duplicates", "edge: duplicates", TestStatus.PASSED, 3, "")),
                List.of(), new Timings(400, 600, 1000), "");
        Readability readability = readability(82, List.of(
                finding("NAME_PLACEHOLDER", Category.NAMING, Severity.MAJOR, "Solution.java", 8, 13,
                        "`temp` says nothing about what it holds.", "Rename it to what it holds, e.g. complement.")));
        return new GradedSubmission("Two Sum", "submissions/two-sum",
                new JudgeReport(judgement, readability, scores(90, 100, 75)), true, List.of());
    }

    /** valid-parentheses: wrong answer on test 2, a skipped test after a timeout, a pipe in a message. */
    static GradedSubmission wrongParentheses() {
        Judgement judgement = new Judgement("valid-parentheses", RunMode.HIDDEN, Verdict.WRONG_ANSWER,
                "WRONG_ANSWER on test 2 (edge: empty string)",
                List.of(test(1, "ParenthesesHiddenTest.balanced", "balanced", TestStatus.PASSED, 5, ""),
                        test(2, "ParenthesesHiddenTest.empty", "edge: empty string", TestStatus.of(TestOutcome.WRONG_ANSWER), 2,
                                "expected true for \"\"\nbut was false"),
                        test(3, "ParenthesesHiddenTest.deep", "perf: deep nesting", TestStatus.of(TestOutcome.TIME_LIMIT_EXCEEDED),
                                2000, "took longer than 2000 ms"),
                        test(4, "ParenthesesHiddenTest.zz", "", TestStatus.NOT_RUN, 0, "")),
                List.of(), new Timings(300, 2500, 2800), "debug a|b\u0000");
        Readability readability = readability(40, List.of(
                finding("NAME_SHORT", Category.NAMING, Severity.MINOR, "Solution.java", 3, 9,
                        "`st` is too short | unclear.", "Name it openBrackets."),
                finding("UNGUARDED_INPUT", Category.EDGE_CASES, Severity.CRITICAL, "Solution.java", 5, 17,
                        "`s.charAt(0)` runs with no empty-string guard.", "Return true when s is empty."),
                finding("MAGIC_NUMBER", Category.MODULARITY, Severity.INFO, "Solution.java", 9, 21,
                        "42 has no name.", "")));
        return new GradedSubmission("Valid Parentheses", "submissions/valid-parentheses",
                new JudgeReport(judgement, readability, scores(35, null, 30)), false,
                List.of("not ACCEPTED (WRONG_ANSWER)", "Meta 35 < 60"));
    }

    /** merge-intervals: does not compile; not scored. */
    static GradedSubmission compileErrorIntervals() {
        Judgement judgement = new Judgement("merge-intervals", RunMode.HIDDEN, Verdict.COMPILE_ERROR,
                "COMPILE_ERROR: 1 error in Solution.java", List.of(),
                List.of(new Diagnostic("My Solution.java", 4, 20, "';' expected")),
                new Timings(250, 0, 250), "");
        return new GradedSubmission("Merge Intervals", "submissions/merge-intervals",
                new JudgeReport(judgement, null, null), false, List.of("not ACCEPTED (COMPILE_ERROR)"));
    }

    /** lru-cache: assigned (--expect) but never submitted. */
    static GradedSubmission notSubmittedLru(String student) {
        String path = (student.isEmpty() ? "" : student + "/") + "submissions/lru-cache";
        Judgement judgement = new Judgement("lru-cache", RunMode.HIDDEN, Verdict.NOT_SUBMITTED,
                "NOT_SUBMITTED: no folder " + path, List.of(), List.of(), new Timings(0, 0, 0), "");
        return new GradedSubmission(student, "LRU Cache", path, new JudgeReport(judgement, null, null), false,
                List.of("not submitted"));
    }

    /** The same row as {@code graded}, for a student of a cohort. */
    static GradedSubmission of(String student, GradedSubmission graded) {
        return new GradedSubmission(student, graded.title(), student + "/" + graded.sourcePath(), graded.report(),
                graded.timingSelfReported(), graded.unmetThresholds());
    }

    /** Two students: alice accepted two-sum and skipped lru-cache; bob's two-sum compiles not. */
    static GradeSheet cohort() {
        GradedSubmission bobCompile = compileErrorIntervals();
        Judgement bobJudgement = new Judgement("two-sum", RunMode.HIDDEN, Verdict.COMPILE_ERROR,
                bobCompile.report().judgement().headline(), List.of(), bobCompile.report().judgement().diagnostics(),
                new Timings(250, 0, 250), "");
        GradedSubmission bobTwoSum = new GradedSubmission("bob", "Two Sum", "bob/submissions/two-sum",
                new JudgeReport(bobJudgement, null, null), false, List.of("not ACCEPTED (COMPILE_ERROR)"));
        return new GradeSheet(List.of(notSubmittedLru("alice"), of("alice", acceptedTwoSum()),
                notSubmittedLru("bob"), bobTwoSum), List.of("bob/scratch"), true, List.of("alice", "bob", "carol"),
                List.of("lru-cache", "two-sum"), "file:///work/cohort/");
    }

    static GradeSheet sheet() {
        return new GradeSheet(List.of(acceptedTwoSum(), wrongParentheses(), compileErrorIntervals()),
                List.of("scratch"));
    }
}
