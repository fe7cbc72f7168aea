package dev.drilljudge.worker;

import java.util.Set;

/**
 * Names how a test failed and writes the short message the candidate sees: the assertion message, or the
 * exception with the candidate's own frame. Test source and test line numbers are never included.
 */
final class FailureClassifier {
    private static final int MAX_MESSAGE = 600;

    private final Set<String> candidateClassNames;

    FailureClassifier(Set<String> candidateClassNames) {
        this.candidateClassNames = candidateClassNames;
    }

    Outcome classify(Throwable failure) {
        Throwable root = unwrap(failure);
        if (root instanceof OutputLimitExceededError) {
            return Outcome.OUTPUT_LIMIT_EXCEEDED;
        }
        if (root instanceof PolicyViolationError) {
            return Outcome.SECURITY_VIOLATION;
        }
        if (root instanceof OutOfMemoryError) {
            return Outcome.MEMORY_LIMIT_EXCEEDED;
        }
        if (root instanceof AssertionError && !thrownByCandidate(root)) {
            return Outcome.WRONG_ANSWER;
        }
        return Outcome.RUNTIME_ERROR;
    }

    String message(Throwable failure) {
        Throwable root = unwrap(failure);
        String text;
        if (root instanceof AssertionError && !thrownByCandidate(root)) {
            text = root.getMessage() == null ? "assertion failed" : root.getMessage();
        } else if (root instanceof StackOverflowError) {
            text = "java.lang.StackOverflowError: recursion too deep" + candidateFrame(root);
        } else if (root instanceof OutOfMemoryError) {
            text = "java.lang.OutOfMemoryError: " + root.getMessage();
        } else {
            String detail = root.getMessage() == null ? "" : ": " + root.getMessage();
            text = root.getClass().getName() + detail + candidateFrame(root);
        }
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
    }

    /** Class initialisation wraps the candidate's exception; the judge reports the cause. */
    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof ExceptionInInitializerError && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private boolean thrownByCandidate(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return frames.length > 0 && isCandidateFrame(frames[0]);
    }

    private String candidateFrame(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (isCandidateFrame(frame) && frame.getFileName() != null && frame.getLineNumber() > 0) {
                return " at " + frame.getFileName() + ":" + frame.getLineNumber();
            }
        }
        return "";
    }

    private boolean isCandidateFrame(StackTraceElement frame) {
        String className = frame.getClassName();
        int nested = className.indexOf('$');
        String outer = nested < 0 ? className : className.substring(0, nested);
        return candidateClassNames.contains(className) || candidateClassNames.contains(outer);
    }
}
