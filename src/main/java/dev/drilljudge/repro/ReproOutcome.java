package dev.drilljudge.repro;

/**
 * What one repro call did in the sandbox.
 *
 * @param status  "OK" when the call returned; else the verdict that stopped it (RUNTIME_ERROR, TIME_LIMIT_EXCEEDED,
 *                COMPILE_ERROR, ...)
 * @param result  the returned value in the input's notation (JSON); null unless OK
 * @param cut     the result was too long for the report and was cut
 * @param message the exception or compile error when not OK; "" otherwise
 * @param printed what the code printed, control characters removed
 */
public record ReproOutcome(String status, String result, boolean cut, String message, String printed, long timeMs) {
    public static final String OK = "OK";

    public boolean ok() {
        return OK.equals(status);
    }
}
