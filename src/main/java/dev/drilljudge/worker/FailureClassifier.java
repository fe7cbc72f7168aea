package dev.drilljudge.worker;

import dev.drilljudge.worker.protocol.TestOutcome;

import java.util.Set;

/**
 * Names how a test failed and writes the short message the candidate sees: the assertion message, or the
 * exception with the candidate's own frame. Test source and test line numbers are never included.
 * <p>
 * The decision rests on facts the candidate cannot forge: the exception's own class (a Throwable class the
 * candidate wrote is always a RUNTIME_ERROR, whatever it extends or claims) and the frames the JVM recorded when it
 * was created ({@link RealStackTrace}), not what {@code getStackTrace()} returns. Only exceptions of trusted classes
 * (the JDK, JUnit, opentest4j, AssertJ, the problem's support and test classes) have their message read directly;
 * a candidate class's message is read under a time bound and labelled as the candidate's ({@link CandidateText}).
 */
final class FailureClassifier {
    private static final int MAX_MESSAGE = 600;

    private final Set<String> candidateClassNames;

    FailureClassifier(Set<String> candidateClassNames) {
        this.candidateClassNames = candidateClassNames;
    }

    TestOutcome classify(Throwable failure) {
        Throwable root = unwrap(failure);
        if (definedByCandidate(root)) {
            return TestOutcome.RUNTIME_ERROR;
        }
        if (root instanceof OutputLimitExceededError) {
            return TestOutcome.OUTPUT_LIMIT_EXCEEDED;
        }
        if (root instanceof PolicyViolationError) {
            return TestOutcome.SECURITY_VIOLATION;
        }
        if (root instanceof OutOfMemoryError) {
            return TestOutcome.MEMORY_LIMIT_EXCEEDED;
        }
        if (root instanceof AssertionError && !thrownByCandidate(root)) {
            return TestOutcome.WRONG_ANSWER;
        }
        return TestOutcome.RUNTIME_ERROR;
    }

    String message(Throwable failure) {
        Throwable root = unwrap(failure);
        String text;
        if (definedByCandidate(root)) {
            text = root.getClass().getName() + " (an exception class your code defines; "
                    + CandidateText.messageOf(root) + ")" + candidateFrame(root);
        } else if (root instanceof AssertionError && !thrownByCandidate(root)) {
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

    /**
     * Class initialisation wraps the candidate's exception; the judge reports the cause. ExceptionInInitializerError
     * is a JDK class, so its cause is the JVM's, not an overridden getCause().
     */
    private Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof ExceptionInInitializerError && !definedByCandidate(current)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** Whether the Throwable's class, or any class it extends, is one of the candidate's (getClass() is final). */
    private boolean definedByCandidate(Throwable throwable) {
        for (Class<?> type = throwable.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getClassLoader() instanceof SubmissionClassLoader && isCandidateClass(type.getName())) {
                return true;
            }
        }
        return false;
    }

    private boolean thrownByCandidate(Throwable failure) {
        StackTraceElement[] frames = frames(failure);
        return frames.length > 0 && isCandidateClass(frames[0].getClassName());
    }

    private String candidateFrame(Throwable failure) {
        for (StackTraceElement frame : frames(failure)) {
            if (isCandidateClass(frame.getClassName()) && frame.getFileName() != null && frame.getLineNumber() > 0) {
                return " at " + frame.getFileName() + ":" + frame.getLineNumber();
            }
        }
        return "";
    }

    /**
     * The frames the JVM recorded. Without access to them, a trusted class's own getStackTrace() (the JDK's code) is
     * the next best; a candidate class's is never called.
     */
    private StackTraceElement[] frames(Throwable failure) {
        return RealStackTrace.of(failure)
                .orElseGet(() -> definedByCandidate(failure) ? new StackTraceElement[0] : failure.getStackTrace());
    }

    private boolean isCandidateClass(String className) {
        int nested = className.indexOf('$');
        String outer = nested < 0 ? className : className.substring(0, nested);
        return candidateClassNames.contains(className) || candidateClassNames.contains(outer);
    }
}
