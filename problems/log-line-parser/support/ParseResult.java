import java.util.List;

/** Everything a parse produced: the good records and the malformed lines, each in input order. */
public record ParseResult(List<LogRecord> records, List<ParseError> errors) {
}
