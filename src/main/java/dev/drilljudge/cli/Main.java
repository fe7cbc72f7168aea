package dev.drilljudge.cli;

/** The `judge` executable. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        EarlyStart.begin(args);
        System.exit(JudgeCommand.commandLineFor(args).execute(args));
    }
}
