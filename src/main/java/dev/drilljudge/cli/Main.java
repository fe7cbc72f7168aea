package dev.drilljudge.cli;

import picocli.CommandLine;

/** The `judge` executable. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        EarlyStart.begin(args);
        CommandLine commandLine = JudgeCommand.commandLineFor(args);
        int exitCode = commandLine.execute(args);
        // Commands print through picocli's writers; what a print() left in their buffers is written before exit.
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(exitCode);
    }
}
