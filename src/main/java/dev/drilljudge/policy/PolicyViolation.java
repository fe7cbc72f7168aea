package dev.drilljudge.policy;

/**
 * An API the candidate's bytecode references that the problem does not allow.
 *
 * @param sourceFile the candidate's file name from the class file (e.g. Solution.java), or the class name
 * @param line       1-based source line, 0 when the reference is not inside a method body (a supertype, a
 *                   field's type, an annotation)
 * @param api        e.g. {@code javax.xml.transform.TransformerFactory} or {@code java.lang.System.exit}
 * @param reason     why, when the name alone does not say (e.g. that it starts threads); else empty
 */
public record PolicyViolation(String className, String sourceFile, int line, String api, String reason) {

    /** One line for the verdict: "java.lang.System.exit is not available in this problem (Solution.java:12)". */
    public String describe() {
        String where = line > 0 ? sourceFile + ":" + line : sourceFile;
        return api + " is not available in this problem (" + where + ")" + (reason.isEmpty() ? "" : ": " + reason);
    }

    /** The same without the place, for a diagnostic that carries the file and line itself. */
    public String message() {
        return api + " is not available in this problem" + (reason.isEmpty() ? "" : ": " + reason);
    }
}
