import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class DurationParser {
    public Optional<Integer> tryParseSeconds(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    public List<Integer> parseAll(List<String> texts) {
        List<Integer> seconds = new ArrayList<>();
        for (String text : texts) {
            tryParseSeconds(text).ifPresent(seconds::add);
        }
        return seconds;
    }
}
