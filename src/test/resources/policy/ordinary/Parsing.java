import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Integer.parseInt, Character methods, regex groups, NumberFormatException handling. */
class Parsing {
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    static long toMillis(String text) {
        Matcher matcher = DURATION.matcher(text);
        long total = 0;
        while (matcher.find()) {
            long amount = Long.parseLong(matcher.group(1));
            total += switch (matcher.group(2)) {
                case "ms" -> amount;
                case "s" -> amount * 1_000;
                case "m" -> amount * 60_000;
                default -> amount * 3_600_000;
            };
        }
        return total;
    }

    static int atoi(String text) {
        int index = 0;
        while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
            index++;
        }
        int sign = 1;
        if (index < text.length() && (text.charAt(index) == '-' || text.charAt(index) == '+')) {
            sign = text.charAt(index++) == '-' ? -1 : 1;
        }
        long value = 0;
        while (index < text.length() && Character.isDigit(text.charAt(index))) {
            value = value * 10 + Character.getNumericValue(text.charAt(index++));
            if (value * sign > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
            if (value * sign < Integer.MIN_VALUE) {
                return Integer.MIN_VALUE;
            }
        }
        return (int) (value * sign);
    }

    static List<Integer> numbers(String csv) {
        List<Integer> out = new ArrayList<>();
        for (String part : csv.split(",")) {
            try {
                out.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException skipped) {
                out.add(Integer.valueOf(0));
            }
        }
        return out;
    }

    static boolean isPalindrome(String text) {
        String letters = text.chars().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return new StringBuilder(letters).reverse().toString().equals(letters);
    }
}
