package dev.drilljudge.report.grade;

import dev.drilljudge.report.Markdown;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.result.JudgeReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownSummaryTest {
    private final MarkdownSummary summary = new MarkdownSummary();

    @Test
    void oneRowPerProblem() {
        assertThat(summary.render(ReportFixtures.sheet())).isEqualTo("""
                ## Drill Judge grade

                1 of 3 problems accepted; 1 of 3 meet the thresholds.

                | Problem | Verdict | Tests | Meta | Amazon | Why | Top findings | Thresholds |
                |---|---|---|---|---|---|---|---|
                | two-sum | ✅ ACCEPTED | 2/2 | 90 (self-reported time) | 75 | — | `NAME_PLACEHOLDER` Solution.java:8 | pass |
                | valid-parentheses | ❌ WRONG_ANSWER | 1/4 | 35 (not timed) | 30 | WRONG_ANSWER on test 2 (edge: empty string): expected true for "" but was false | `UNGUARDED_INPUT` Solution.java:5<br>`NAME_SHORT` Solution.java:3<br>`MAGIC_NUMBER` Solution.java:9 | **fail**: not ACCEPTED (WRONG_ANSWER); Meta 35 &lt; 60 |
                | merge-intervals | ❌ COMPILE_ERROR | — | — | — | My Solution.java:4:20: ';' expected | — | **fail**: not ACCEPTED (COMPILE_ERROR) |

                Times marked *self-reported* come from the committed `submissions/.judge/history.jsonl`; the grader cannot verify them.

                Not graded (no problem of that id in the bank): `scratch`
                """);
    }

    @Test
    void cellsEscapePipesLineBreaksAndHtml() {
        assertThat(Markdown.cell("a|b\nc\r\nd <T> \\")).isEqualTo("a\\|b c d &lt;T&gt; \\\\");
    }

    @Test
    void aPipeInAThresholdReasonCannotBreakTheTable() {
        GradedSubmission graded = ReportFixtures.compileErrorIntervals();
        GradedSubmission piped = new GradedSubmission(graded.title(), graded.sourcePath(), graded.report(), false,
                List.of("custom | gate"));

        String row = summary.render(new GradeSheet(List.of(piped), List.of())).lines()
                .filter(line -> line.startsWith("| merge-intervals")).findFirst().orElseThrow();

        assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(10);
        assertThat(row).endsWith("| **fail**: custom \\| gate |");
    }

    @Test
    void moreThanThreeFindingsAreCounted() {
        GradedSubmission wrong = ReportFixtures.wrongParentheses();
        var findings = new java.util.ArrayList<>(wrong.report().readability().findings());
        findings.add(ReportFixtures.finding("NAME_SHORT", dev.drilljudge.readability.Category.NAMING,
                dev.drilljudge.readability.Severity.MINOR, "Solution.java", 12, 5, "`q` is short.", "Name it queue."));
        GradedSubmission more = new GradedSubmission(wrong.title(), wrong.sourcePath(),
                new JudgeReport(wrong.report().judgement(), ReportFixtures.readability(40, findings), wrong.report().scores()),
                false, List.of());

        assertThat(summary.render(new GradeSheet(List.of(more), List.of())))
                .contains("`UNGUARDED_INPUT` Solution.java:5<br>`NAME_SHORT` Solution.java:3<br>`NAME_SHORT` Solution.java:12<br>+1 more")
                .doesNotContain("Not graded");
    }
}
