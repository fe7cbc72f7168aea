package dev.drilljudge.scoring;

import dev.drilljudge.BadInputException;

import java.util.Locale;

/** Which interview loop a drill practises for; decides what the overall score weighs. */
public enum Style {
    META,
    AMAZON,
    BOTH;

    /** The lower-case spelling used on the command line and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a command-line value; a typo is the user's mistake, so it names the accepted values. */
    public static Style fromLabel(String label) {
        for (Style style : values()) {
            if (style.label().equals(label)) {
                return style;
            }
        }
        throw new BadInputException("--style must be meta, amazon or both, not '" + label + "'");
    }
}
