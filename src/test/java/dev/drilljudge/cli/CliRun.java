package dev.drilljudge.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs one subcommand instance (with its injected clock) under the real root command, so exit codes and the
 * one-line error for bad input are the ones users get.
 */
record CliRun(int exitCode, String out, String err) {
    static CliRun run(Object command, String... args) {
        CommandLine root = JudgeCommand.commandLine();
        String name = command.getClass().getAnnotation(CommandLine.Command.class).name();
        root.getCommandSpec().removeSubcommand(name); // the root may already register the class itself
        root.addSubcommand(name, command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        root.setOut(new PrintWriter(out, true));
        root.setErr(new PrintWriter(err, true));
        int exitCode = root.execute(args);
        return new CliRun(exitCode, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }
}
