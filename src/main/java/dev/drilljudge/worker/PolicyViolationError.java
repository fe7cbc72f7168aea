package dev.drilljudge.worker;

/** Thrown by the candidate's class loader when a class references a forbidden API. */
final class PolicyViolationError extends LinkageError {
    PolicyViolationError(String message) {
        super(message);
    }
}
