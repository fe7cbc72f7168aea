package dev.drilljudge.report.grade;

import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Severity;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.result.JudgeReport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GithubAnnotationsTest {

    @Test
    void compileErrorsVerdictsAndFindingsInImportanceOrder() {
        assertThat(new GithubAnnotations().render(ReportFixtures.sheet())).containsExactly(
                "::warning file=submissions/two-sum/Solution.java,line=8,col=13,title=two-sum%3A NAME_PLACEHOLDER::"
                        + "`temp` says nothing about what it holds. Fix: Rename it to what it holds, e.g. complement.",
                "::error title=valid-parentheses%3A WRONG_ANSWER::WRONG_ANSWER on test 2 (edge: empty string)",
                "::warning file=submissions/valid-parentheses/Solution.java,line=5,col=17,"
                        + "title=valid-parentheses%3A UNGUARDED_INPUT::"
                        + "`s.charAt(0)` runs with no empty-string guard. Fix: Return true when s is empty.",
                "::notice file=submissions/valid-parentheses/Solution.java,line=3,col=9,"
                        + "title=valid-parentheses%3A NAME_SHORT::`st` is too short | unclear. Fix: Name it openBrackets.",
                "::notice file=submissions/valid-parentheses/Solution.java,line=9,col=21,"
                        + "title=valid-parentheses%3A MAGIC_NUMBER::42 has no name.",
                "::error file=submissions/merge-intervals/My Solution.java,line=4,col=20,"
                        + "title=merge-intervals%3A COMPILE_ERROR::';' expected");
    }

    @Test
    void escapesDataAndPropertiesLikeTheActionsToolkit() {
        assertThat(GithubAnnotations.escapeData("100% done\r\nnext: a,b")).isEqualTo("100%25 done%0D%0Anext: a,b");
        assertThat(GithubAnnotations.escapeProperty("100% done\r\nnext: a,b"))
                .isEqualTo("100%25 done%0D%0Anext%3A a%2Cb");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("file", "src/a,b:c.java");
        properties.put("line", "3");
        assertThat(GithubAnnotations.command("error", properties, "line one\nline two: 50%"))
                .isEqualTo("::error file=src/a%2Cb%3Ac.java,line=3::line one%0Aline two: 50%25");
    }

    @Test
    void capsPerProblemAndSaysHowManyWereLeftOut() {
        GradeSheet sheet = new GradeSheet(List.of(withFindings("a", 15), withFindings("b", 3)), List.of());

        List<String> commands = new GithubAnnotations(10, 50).render(sheet);

        assertThat(commands).hasSize(14);
        assertThat(commands.subList(0, 10)).allMatch(command -> command.contains("title=a%3A"));
        assertThat(commands.subList(10, 13)).allMatch(command -> command.contains("title=b%3A"));
        assertThat(commands.get(13)).isEqualTo(
                "::notice::5 more annotations not shown; see the SARIF report or the job summary for every finding.");
    }

    @Test
    void capsInTotal() {
        List<GradedSubmission> many = new ArrayList<>();
        for (int problem = 0; problem < 8; problem++) {
            many.add(withFindings("p" + problem, 10));
        }

        List<String> commands = new GithubAnnotations(10, 50).render(new GradeSheet(many, List.of()));

        assertThat(commands).hasSize(51);
        assertThat(commands.get(49)).contains("title=p4%3A");
        assertThat(commands.get(50)).startsWith("::notice::30 more annotations not shown");
    }

    @Test
    void theMostSevereFindingsWinTheCap() {
        GradedSubmission graded = withFindings("a", 3);
        List<Finding> findings = new ArrayList<>(graded.report().readability().findings());
        findings.add(ReportFixtures.finding("UNGUARDED_INPUT", Category.EDGE_CASES, Severity.CRITICAL, "Solution.java",
                40, 1, "unguarded", ""));
        GradedSubmission withCritical = new GradedSubmission("a", "submissions/a",
                new JudgeReport(graded.report().judgement(), ReportFixtures.readability(50, findings), null), false,
                List.of());

        List<String> commands = new GithubAnnotations(1, 50).render(new GradeSheet(List.of(withCritical), List.of()));

        assertThat(commands.get(0)).startsWith("::warning file=submissions/a/Solution.java,line=40,col=1,title=a%3A UNGUARDED_INPUT::");
        assertThat(commands.get(1)).startsWith("::notice::3 more");
    }

    @Test
    void capsMustBePositive() {
        assertThatThrownBy(() -> new GithubAnnotations(0, 50)).isInstanceOf(IllegalArgumentException.class);
    }

    private static GradedSubmission withFindings(String problemId, int count) {
        GradedSubmission accepted = ReportFixtures.acceptedTwoSum();
        List<Finding> findings = new ArrayList<>();
        for (int line = 1; line <= count; line++) {
            findings.add(ReportFixtures.finding("NAME_SHORT", Category.NAMING, Severity.MINOR, "Solution.java", line, 1,
                    "short name", ""));
        }
        var judgement = accepted.report().judgement();
        var renamed = new dev.drilljudge.verdict.Judgement(problemId, judgement.mode(), judgement.verdict(),
                judgement.headline(), judgement.results(), judgement.diagnostics(), judgement.timings(), "");
        return new GradedSubmission(problemId, "submissions/" + problemId,
                new JudgeReport(renamed, ReportFixtures.readability(50, findings), null), false, List.of());
    }
}
