package dev.drilljudge.session;

import dev.drilljudge.problem.Difficulty;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.Category;
import dev.drilljudge.scoring.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static dev.drilljudge.scoring.TestJudgements.accepted;
import static dev.drilljudge.scoring.TestJudgements.finding;
import static dev.drilljudge.scoring.TestJudgements.readability;
import static dev.drilljudge.scoring.TestJudgements.wrong;
import static org.assertj.core.api.Assertions.assertThat;

class HistoryAtomicityTest {
    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path temp;

    /** Writes a real history (start, a rejected attempt with a non-ASCII debrief, an accepted one, close). */
    private Path writeHistory(Path submissions) {
        TestClock clock = new TestClock(START.toString());
        DrillService service = new DrillService(submissions, clock);
        ProblemPackage problem = TestProblems.write(temp.resolve("problems"), "two-sum", Difficulty.EASY, 25);
        service.start(problem, null, Style.BOTH, false);
        clock.at(START, 9, 0);
        service.record(problem, wrong("two-sum", 12, 15), readability(70, 60, 80, 90, 85,
                finding("NAME_PLACEHOLDER", Category.NAMING, 8, "`temp` does not say what it holds")));
        clock.at(START, 21, 0);
        service.record(problem, accepted("two-sum", 15, 2), readability(90, 90, 80, 90, 90));
        return new JudgePaths(submissions).historyFile();
    }

    @Test
    void aWriteCutAtAnyByteLeavesEveryEarlierLineReadableAndTheCutLineReported() throws IOException {
        Path complete = writeHistory(temp.resolve("complete"));
        byte[] bytes = Files.readAllBytes(complete);
        List<String> lines = Files.readAllLines(complete, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        int lastLineStart = bytes.length - lines.get(3).getBytes(StandardCharsets.UTF_8).length - 1;
        int thirdLineStart = lastLineStart - lines.get(2).getBytes(StandardCharsets.UTF_8).length - 1;
        Path torn = temp.resolve("torn.jsonl");

        // Kill the writer of the third line (an attempt whose debrief has multi-byte characters) at every byte.
        for (int cut = thirdLineStart + 1; cut < lastLineStart - 1; cut++) {
            Files.write(torn, Arrays.copyOf(bytes, cut));

            HistoryLog log = HistoryReader.read(torn);

            assertThat(log.events()).as("cut at byte %d", cut).hasSize(2);
            assertThat(log.events().get(1)).isInstanceOf(HistoryEvent.AttemptRecorded.class);
            assertThat(log.skipped()).as("cut at byte %d", cut).extracting(SkippedLine::lineNumber).containsExactly(3);
        }
    }

    @Test
    void aLineCompleteButForItsNewlineIsKeptAndTheNextAppendStartsAFreshLine() throws IOException {
        Path history = writeHistory(temp.resolve("s"));
        byte[] bytes = Files.readAllBytes(history);
        Files.write(history, Arrays.copyOf(bytes, bytes.length - 1));

        assertThat(HistoryReader.read(history).events()).hasSize(4);

        new HistoryWriter(new JudgePaths(temp.resolve("s"))).append(new HistoryEvent.RoundStarted(START,
                "dev", "mock@x", Style.META, 7, 2700, List.of("a", "b")));
        HistoryLog log = HistoryReader.read(history);
        assertThat(log.events()).hasSize(5);
        assertThat(log.skipped()).isEmpty();
    }

    @Test
    void anAppendAfterATornLineIsNotSwallowedByIt() throws IOException {
        Path submissions = temp.resolve("s");
        Path history = writeHistory(submissions);
        byte[] bytes = Files.readAllBytes(history);
        Files.write(history, Arrays.copyOf(bytes, bytes.length - 40)); // the drill-closed line, torn

        new HistoryWriter(new JudgePaths(submissions)).append(new HistoryEvent.RoundStarted(START, "dev", "mock@x",
                Style.META, 7, 2700, List.of("a", "b")));

        HistoryLog log = HistoryReader.read(history);
        assertThat(log.events()).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("DrillStarted", "AttemptRecorded", "AttemptRecorded", "RoundStarted");
        assertThat(log.skipped()).extracting(SkippedLine::lineNumber).containsExactly(4);
        assertThat(log.skipped().get(0).describe("history.jsonl"))
                .startsWith("history.jsonl line 4: skipped, not a complete history event (");
    }

    @Test
    void corruptLinesInTheMiddleAreReportedWithTheirNumbersAndNeverDropSilently() throws IOException {
        Path history = writeHistory(temp.resolve("s"));
        List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
        Files.write(history, List.of(lines.get(0), "{\"event\":\"attempt\",\"time\":\"2026-11-02T09:05:00Z\"}",
                lines.get(1), "not json at all", lines.get(2), "{\"event\":\"coffee-break\",\"time\":\"x\"}",
                lines.get(3)), StandardCharsets.UTF_8);
        Files.write(history, new byte[]{(byte) 0xE2, (byte) 0x80, '\n'}, StandardOpenOption.APPEND);

        HistoryLog log = HistoryReader.read(history);

        assertThat(log.events()).hasSize(4);
        assertThat(log.skipped()).extracting(SkippedLine::lineNumber).containsExactly(2, 4, 6, 8);
        assertThat(log.skipped().get(3).reason()).isEqualTo("not UTF-8 text (a write cut short?)");
    }

    @Test
    void aMissingHistoryIsEmpty() {
        assertThat(HistoryReader.read(temp.resolve("nothing/history.jsonl"))).isEqualTo(HistoryLog.EMPTY);
    }
}
