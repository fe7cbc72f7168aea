package dev.drilljudge.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Closes the suite the way a hermetic suite must end: no process it started is left alive, and the real home's
 * drill-judge folders are as they were. Problems are written to {@code target/suite-hygiene.txt}, which
 * {@code .ci/run} fails on, because a launcher listener cannot fail a test itself.
 */
public final class SuiteHygieneListener implements LauncherSessionListener {
    private static final Path REPORT = TestBanks.projectRoot().resolve("target/suite-hygiene.txt");

    private RealHomeSnapshot homeAtStart;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        homeAtStart = RealHomeSnapshot.take();
        try {
            Files.deleteIfExists(REPORT);
        } catch (IOException ignored) {
            // a stale report is overwritten below if anything is wrong again
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        List<String> problems = new ArrayList<>();
        ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).forEach(process -> {
            problems.add("left running by the suite (killed now): pid " + process.pid() + " "
                    + process.info().commandLine().orElse("?"));
            process.destroyForcibly();
        });
        ProcessHandle.current().descendants().forEach(process -> process.onExit().orTimeout(10, TimeUnit.SECONDS));
        if (homeAtStart != null) {
            homeAtStart.changesSince().forEach(change -> problems.add("changed in the real home: " + change));
        }
        if (problems.isEmpty()) {
            return;
        }
        problems.forEach(problem -> System.err.println("suite hygiene: " + problem));
        try {
            Files.createDirectories(REPORT.getParent());
            Files.write(REPORT, problems, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("suite hygiene: could not write " + REPORT + ": " + e);
        }
    }
}
