package dev.drilljudge.cli;

import picocli.CommandLine.Option;

/** `--format text|json`, the same option and help on every command that prints a result. */
public final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    public OutputFormat value() {
        return format;
    }

    public boolean json() {
        return format == OutputFormat.json;
    }
}
