package dev.drilljudge.cli;

import picocli.CommandLine;

/** `judge --version`: the version from the jar manifest, the same one the history records. */
public final class JudgeVersion implements CommandLine.IVersionProvider {
    public static String current() {
        return dev.drilljudge.session.JudgeVersion.current();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Drill Judge " + current() + " (Java " + System.getProperty("java.version") + ")"};
    }
}
