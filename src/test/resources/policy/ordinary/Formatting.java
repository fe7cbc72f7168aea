import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** String.format, StringBuilder, text blocks, String.join, StringJoiner. */
class Formatting {
    static String table(List<String> names, List<Double> scores) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            out.append(String.format(Locale.ROOT, "%-10s|%8.2f%n", names.get(i), scores.get(i)));
        }
        return out.toString();
    }

    static String report(String name, int passed, int total) {
        var template = """
                Report for %s
                  passed: %d/%d (%.1f%%)
                """;
        return template.formatted(name, passed, total, 100.0 * passed / total);
    }

    static String reverseWords(String sentence) {
        String[] words = sentence.trim().split("\\s+");
        StringJoiner joiner = new StringJoiner(" ", "[", "]");
        for (int i = words.length - 1; i >= 0; i--) {
            joiner.add(words[i]);
        }
        return joiner.toString() + String.join(",", List.of("a", "b")) + "x".repeat(3);
    }

    static String compress(String text) {
        StringBuilder out = new StringBuilder();
        int run = 1;
        for (int i = 1; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) == text.charAt(i - 1)) {
                run++;
            } else {
                out.append(text.charAt(i - 1)).append(run);
                run = 1;
            }
        }
        return out.length() < text.length() ? out.toString() : text;
    }
}
