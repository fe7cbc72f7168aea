package dev.drilljudge.session;

import dev.drilljudge.scoring.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A real writer process killed with SIGKILL in the middle of appending: every earlier line stays readable. */
class HistoryKillTest {
    @TempDir
    Path temp;

    @Test
    void killingTheWriterMidAppendLosesAtMostTheLineBeingWritten() throws Exception {
        Path submissions = temp.resolve("submissions");
        // stderr is kept apart: a JVM prints "Picked up JAVA_TOOL_OPTIONS ..." there, and it must not be read as
        // the writer's "ready"
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HistoryAppenderMain.class.getName(),
                submissions.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("ready"); // blocks until 50 lines are down; no sleeping
        } finally {
            writer.destroyForcibly(); // SIGKILL while it keeps appending, and never left running on a failure
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        HistoryLog log = HistoryReader.readSubmissions(submissions);

        int lines = log.events().size() + log.skipped().size();
        assertThat(log.events().size()).isGreaterThan(HistoryAppenderMain.READY_AFTER);
        assertThat(log.skipped()).allSatisfy(skipped -> assertThat(skipped.lineNumber()).isEqualTo(lines));
        for (int i = 0; i < log.events().size(); i++) {
            assertThat(((HistoryEvent.RoundStarted) log.events().get(i)).seed()).isEqualTo(i);
        }

        new HistoryWriter(new JudgePaths(submissions)).append(new HistoryEvent.RoundStarted(Instant.EPOCH, "after",
                "mock@after", Style.AMAZON, -1, 2700, List.of("x")));
        HistoryLog after = HistoryReader.readSubmissions(submissions);
        assertThat(after.events()).hasSize(log.events().size() + 1);
        assertThat(((HistoryEvent.RoundStarted) after.events().get(after.events().size() - 1)).seed()).isEqualTo(-1);
    }
}
