package dev.drilljudge.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EarlyStartTest {
    private static Optional<EarlyStart.Target> peek(String... args) {
        return EarlyStart.peek(args);
    }

    private static EarlyStart.Target target(String bank, String problemId) {
        return new EarlyStart.Target(Path.of(bank).toAbsolutePath().normalize(), problemId);
    }

    @Test
    void readsTheProblemAndBankOfRunAndSubmit() {
        assertThat(peek("submit", "two-sum")).contains(target("problems", "two-sum"));
        assertThat(peek("run", "two-sum", "my/Solution.java")).contains(target("problems", "two-sum"));
        assertThat(peek("submit", "--problems", "/srv/bank", "lru-cache", "--format", "json"))
                .contains(target("/srv/bank", "lru-cache"));
        assertThat(peek("submit", "--format=json", "--problems=../bank", "lru-cache", "--submissions", "work"))
                .contains(new EarlyStart.Target(Path.of("../bank").toAbsolutePath().normalize(), "lru-cache",
                        Path.of("work"), true));
    }

    @Test
    void notesNoDaemonSoTheEngineStartsEvenWhenAServerRuns() {
        assertThat(peek("submit", "two-sum", "--no-daemon")).contains(new EarlyStart.Target(
                Path.of("problems").toAbsolutePath().normalize(), "two-sum", Path.of("submissions"), false));
    }

    @Test
    void startsNothingForOtherCommandsHelpOrAnythingItCannotRead() {
        assertThat(peek("grade", "--problems", "bank")).isEmpty();
        assertThat(peek("submit")).isEmpty();
        assertThat(peek("submit", "--help")).isEmpty();
        assertThat(peek("submit", "two-sum", "-V")).isEmpty();
        assertThat(peek("submit", "--problems")).isEmpty();
        assertThat(peek("submit", "--format", "json")).isEmpty();
    }

    @Test
    void nothingStartedMeansNothingToClaim() {
        assertThat(EarlyStart.claim(Path.of("problems"), "two-sum")).isEmpty();
    }
}
