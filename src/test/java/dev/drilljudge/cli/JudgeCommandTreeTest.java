package dev.drilljudge.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JudgeCommandTreeTest {
    @Test
    void aNamedCommandGetsOnlyItsOwnModel() {
        assertThat(JudgeCommand.commandLineFor(new String[] {"submit", "two-sum"}).getSubcommands())
                .containsOnlyKeys("submit");
    }

    @Test
    void helpTyposAndOptionsGetTheWholeTree() {
        String[] all = {"list", "show", "run", "submit", "repro", "verify", "start", "debug-drill", "status", "mock",
                "report", "serve", "lint", "new", "doctor", "grade", "merge-grades", "practice-repo", "help"};
        assertThat(JudgeCommand.commandLineFor(new String[] {"help", "submit"}).getSubcommands()).containsOnlyKeys(all);
        assertThat(JudgeCommand.commandLineFor(new String[] {"sumbit"}).getSubcommands()).containsOnlyKeys(all);
        assertThat(JudgeCommand.commandLineFor(new String[] {"--help"}).getSubcommands()).containsOnlyKeys(all);
        assertThat(JudgeCommand.commandLineFor(new String[0]).getSubcommands()).containsOnlyKeys(all);
    }
}
