package dev.drilljudge.cli;

/** The exit codes: part of the public contract (README). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int BAD_INPUT = 2;
    public static final int JUDGE_ERROR = 3;

    private ExitCodes() {
    }
}
