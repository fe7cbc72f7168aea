package dev.drilljudge.policy;

/**
 * A forbidden API referenced by the candidate's bytecode.
 *
 * @param sourceFile the candidate's file name from the class file (e.g. Solution.java), or the class name
 * @param line       1-based source line, 0 when the reference is not inside a method body
 * @param api        e.g. {@code java.lang.System.exit}
 * @param reason     the category of what the API would allow, e.g. "file system access"
 */
public record PolicyViolation(String className, String sourceFile, int line, String api, String reason) {

    /** One line for the verdict: "java.lang.System.exit at Solution.java:12 (processes and the JVM's lifecycle)". */
    public String describe() {
        String where = line > 0 ? sourceFile + ":" + line : sourceFile;
        return api + " at " + where + " (" + reason + ")";
    }
}
