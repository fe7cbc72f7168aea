package dev.drilljudge.cli;

import dev.drilljudge.app.SubmissionRecorder;
import dev.drilljudge.problem.Difficulty;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.session.TestClock;
import dev.drilljudge.session.TestProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import static dev.drilljudge.scoring.TestJudgements.accepted;
import static dev.drilljudge.scoring.TestJudgements.readability;
import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {
    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path temp;

    @Test
    void printsTheReportWarnsAboutATornLineAndWritesAParsableHtmlPage() throws Exception {
        Path submissions = temp.resolve("submissions");
        Path bank = temp.resolve("problems");
        TestClock clock = new TestClock(START.toString());
        ProblemPackage twoSum = TestProblems.write(bank, "two-sum", Difficulty.EASY, 15, "meta");
        CliRun.run(new StartCommand(clock), "start", "two-sum", "--problems", bank.toString(),
                "--submissions", submissions.toString());
        clock.at(START, 10, 0);
        new SubmissionRecorder(submissions, clock).record(twoSum, accepted("two-sum", 10, 1),
                readability(90, 90, 90, 90, 90));
        Path history = submissions.resolve(".judge/history.jsonl");
        Files.writeString(history, "{\"event\":\"attem", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path html = temp.resolve("out/progress.html");

        CliRun report = CliRun.run(new ReportCommand(clock), "report", "--submissions", submissions.toString(),
                "--html", html.toString());

        assertThat(report.exitCode()).isZero();
        assertThat(report.err()).startsWith("judge: warning: " + history + " line 4: skipped, not a complete "
                + "history event (");
        assertThat(report.out()).isEqualTo("Problems\n"
                + "  two-sum                  best 10:00 of 15:00      1 attempt   best Meta 100  best Amazon  93\n"
                + "Weekly trends\n"
                + "  2026-W45    1 attempt     1 accepted  Meta avg 100  Amazon avg  93  solve time 67% of target\n"
                + "Readability rules most often broken\n"
                + "  none: no readability findings in the history\n"
                + "HTML report written to " + html + "\n");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        assertThat(factory.newDocumentBuilder().parse(html.toFile())
                .getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(3);
    }

    @Test
    void anEmptyHistorySaysHowToBegin() {
        CliRun report = CliRun.run(new ReportCommand(new TestClock(START.toString())), "report", "--submissions",
                temp.resolve("submissions").toString());

        assertThat(report.exitCode()).isZero();
        assertThat(report.out()).isEqualTo(
                "No attempts yet: `judge start <id>`, then `judge submit <id>`, and the report fills in.\n");
    }
}
