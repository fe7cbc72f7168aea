package dev.drilljudge.session;

import dev.drilljudge.scoring.Style;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The child process of {@link HistoryKillTest}: appends history lines until it is killed. */
public final class HistoryAppenderMain {
    static final int READY_AFTER = 50;

    private HistoryAppenderMain() {
    }

    public static void main(String[] args) {
        HistoryWriter writer = new HistoryWriter(new JudgePaths(Path.of(args[0])));
        for (long n = 0; ; n++) {
            writer.append(new HistoryEvent.RoundStarted(Instant.ofEpochSecond(n), "kill-test", "mock@" + n,
                    Style.META, n, 2700, List.of("problem-with-a-long-name-" + n, "another-problem-" + n)));
            if (n == READY_AFTER) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
