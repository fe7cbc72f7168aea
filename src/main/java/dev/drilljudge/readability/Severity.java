package dev.drilljudge.readability;

import java.util.Locale;

/** How much a finding weighs in the score and how loudly reports show it. */
public enum Severity {
    INFO,
    MINOR,
    MAJOR,
    CRITICAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
