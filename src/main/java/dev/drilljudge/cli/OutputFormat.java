package dev.drilljudge.cli;

/** `--format text|json`. */
public enum OutputFormat {
    text,
    json
}
