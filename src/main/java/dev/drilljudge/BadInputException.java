package dev.drilljudge;

/**
 * A mistake in what the user gave the judge: an unknown problem, a missing path, an invalid file.
 * The CLI prints the message as one line and exits with code 2, never with a stack trace,
 * so the message must name the input and say what to do.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
