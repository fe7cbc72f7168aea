package dev.drilljudge.cli;

import picocli.CommandLine;

/** The version from the jar manifest (the Maven project version). */
public final class JudgeVersion implements CommandLine.IVersionProvider {
    public static String current() {
        String version = JudgeVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Drill Judge " + current() + " (Java " + System.getProperty("java.version") + ")"};
    }
}
