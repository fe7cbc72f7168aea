import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

public class LogLineParser {

    private static final int FIELD_COUNT = 4;
    private static final int TIMESTAMP_FIELD = 0;
    private static final int LEVEL_FIELD = 1;
    private static final int COMPONENT_FIELD = 2;
    private static final int MESSAGE_FIELD = 3;
    private static final String FIELD_SEPARATOR = " ";
    private static final String CARRIAGE_RETURN = "\r";

    public ParseResult parse(List<String> lines) {
        Objects.requireNonNull(lines, "lines must not be null");
        List<LogRecord> records = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        int lineNumber = 0;
        // An iterator, not get(i): get(i) is linear on a LinkedList.
        for (String line : lines) {
            lineNumber++;
            if (line == null) {
                errors.add(new ParseError(lineNumber, null, ErrorKind.NULL_LINE));
                continue;
            }
            String content = line;
            if (content.isBlank()) {
                continue;
            }
            String[] fields = content.split(FIELD_SEPARATOR, FIELD_COUNT);
            Optional<ErrorKind> problem = firstProblem(fields);
            if (problem.isPresent()) {
                errors.add(new ParseError(lineNumber, line, problem.get()));
            } else {
                records.add(toRecord(lineNumber, fields));
            }
        }
        return new ParseResult(records, errors);
    }

    private static String stripCarriageReturn(String line) {
        if (line.endsWith(CARRIAGE_RETURN)) {
            return line.substring(0, line.length() - 1);
        }
        return line;
    }

    /** The first failing check, in the order the format defines; empty for a well-formed line. */
    private static Optional<ErrorKind> firstProblem(String[] fields) {
        if (fields.length < FIELD_COUNT) {
            return Optional.of(ErrorKind.MISSING_FIELDS);
        }
        if (!isTimestamp(fields[TIMESTAMP_FIELD])) {
            return Optional.of(ErrorKind.BAD_TIMESTAMP);
        }
        if (!isLevel(fields[LEVEL_FIELD])) {
            return Optional.of(ErrorKind.UNKNOWN_LEVEL);
        }
        if (!isBracketedComponent(fields[COMPONENT_FIELD])) {
            return Optional.of(ErrorKind.BAD_COMPONENT);
        }
        if (fields[MESSAGE_FIELD].isBlank()) {
            return Optional.of(ErrorKind.EMPTY_MESSAGE);
        }
        return Optional.empty();
    }

    /** Builds the record from fields that {@link #firstProblem} accepted. */
    private static LogRecord toRecord(int lineNumber, String[] fields) {
        String bracketedComponent = fields[COMPONENT_FIELD];
        String component = bracketedComponent.substring(1, bracketedComponent.length() - 1);
        Instant timestamp = Instant.parse(fields[TIMESTAMP_FIELD]);
        Level level = Level.valueOf(fields[LEVEL_FIELD]);
        return new LogRecord(lineNumber, timestamp, level, component, fields[MESSAGE_FIELD]);
    }

    private static boolean isTimestamp(String field) {
        try {
            Instant.parse(field);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isLevel(String field) {
        for (Level level : Level.values()) {
            if (level.name().equals(field)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBracketedComponent(String field) {
        boolean framed = field.length() > 2 && field.startsWith("[") && field.endsWith("]");
        if (!framed) {
            return false;
        }
        String inner = field.substring(1, field.length() - 1);
        return !inner.contains("[") && !inner.contains("]");
    }
}
