/** One problem with one key. {@code message} is for humans: it names the key and says what was expected. */
public record ValidationError(String key, ErrorCode code, String message) {
}
