/** A word and how many times it occurred. */
public record WordCount(String word, long count) {
}
