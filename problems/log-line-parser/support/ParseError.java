/** One malformed line: its 1-based number, the line exactly as given (null for a null line) and the reason. */
public record ParseError(int lineNumber, String line, ErrorKind kind) {
}
