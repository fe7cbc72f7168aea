package dev.drilljudge.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the `judge` command line in-process and captures what it prints. */
final class CliRunner {
    record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    static synchronized Result run(String... args) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        StringWriter errors = new StringWriter();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            var commandLine = JudgeCommand.commandLine();
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            commandLine.setOut(out);
            commandLine.setErr(new PrintWriter(errors, true));
            int exitCode = commandLine.execute(args);
            out.flush();
            return new Result(exitCode, captured.toString(StandardCharsets.UTF_8), errors.toString());
        } finally {
            System.setOut(originalOut);
        }
    }
}
