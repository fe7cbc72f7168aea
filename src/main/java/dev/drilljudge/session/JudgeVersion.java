package dev.drilljudge.session;

/**
 * The judge's version for history records, so scores from different judge versions can be told apart.
 * Reads the same manifest entry as the CLI's --version (cli.JudgeVersion), which this layer must not depend on.
 */
public final class JudgeVersion {
    /** Used when running from classes rather than the jar (tests, IDE): the manifest is not there. */
    static final String UNPACKAGED = "development";

    private JudgeVersion() {
    }

    public static String current() {
        String version = JudgeVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? UNPACKAGED : version;
    }
}
