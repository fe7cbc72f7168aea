import java.util.List;

public class LogLineParser {

    /**
     * Parses application log lines. Never throws for a malformed line: it is reported in
     * {@link ParseResult#errors()} with its 1-based line number.
     *
     * @throws NullPointerException if {@code lines} itself is null
     */
    public ParseResult parse(List<String> lines) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
