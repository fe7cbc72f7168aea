import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/** Strict parsers for human-written durations ("1h30m") and sizes ("512MiB"); every error names the input. */
public final class UnitParser {

    private static final List<String> DURATION_UNITS_IN_ORDER = List.of("d", "h", "m", "s", "ms");
    private static final Map<String, Long> MILLIS_PER_UNIT = Map.of(
            "d", 86_400_000L, "h", 3_600_000L, "m", 60_000L, "s", 1_000L, "ms", 1L);
    private static final long KILO = 1_000L;
    private static final long KIBI = 1_024L;
    private static final Map<String, BigDecimal> BYTES_PER_UNIT = Map.of(
            "B", BigDecimal.ONE,
            "KB", BigDecimal.valueOf(KILO), "MB", BigDecimal.valueOf(KILO).pow(2),
            "GB", BigDecimal.valueOf(KILO).pow(3), "TB", BigDecimal.valueOf(KILO).pow(4),
            "KiB", BigDecimal.valueOf(KIBI), "MiB", BigDecimal.valueOf(KIBI).pow(2),
            "GiB", BigDecimal.valueOf(KIBI).pow(3), "TiB", BigDecimal.valueOf(KIBI).pow(4));
    private static final Pattern SIZE_NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final BigDecimal LARGEST_SIZE = BigDecimal.valueOf(Long.MAX_VALUE);

    private UnitParser() {
    }

    public static Duration parseDuration(String text) {
        String input = requireContent(text);
        Set<String> seenUnits = new HashSet<>();
        int lastUnitRank = -1;
        long totalMillis = 0;
        int position = 0;
        while (position < input.length()) {
            int numberEnd = scan(input, position, UnitParser::isAsciiDigit);
            int unitEnd = scan(input, numberEnd, UnitParser::isAsciiLetter);
            requireComponentShape(text, input, position, numberEnd, unitEnd);
            String unit = input.substring(numberEnd, unitEnd);
            int unitRank = DURATION_UNITS_IN_ORDER.indexOf(unit);
            requireKnownUnit(text, unit, unitRank >= 0);
            if (!seenUnits.add(unit)) {
                throw problem("repeated unit \"" + unit + "\"", text);
            }
            if (unitRank < lastUnitRank) {
                throw problem("unit \"" + unit + "\" out of order (expected d, h, m, s, ms)", text);
            }
            lastUnitRank = unitRank;
            totalMillis = addComponent(text, totalMillis, input.substring(position, numberEnd), unit);
            position = unitEnd;
        }
        return Duration.ofMillis(totalMillis);
    }

    public static long parseSize(String text) {
        String input = requireContent(text);
        int numberEnd = scan(input, 0, character -> isAsciiDigit(character) || character == '.');
        int unitEnd = scan(input, numberEnd, UnitParser::isAsciiLetter);
        requireComponentShape(text, input, 0, numberEnd, unitEnd);
        if (unitEnd < input.length()) {
            throw unexpectedCharacter(text, input, unitEnd);
        }
        String number = input.substring(0, numberEnd);
        if (!SIZE_NUMBER.matcher(number).matches()) {
            throw problem("malformed number \"" + number + "\"", text);
        }
        String unit = input.substring(numberEnd);
        requireKnownUnit(text, unit, BYTES_PER_UNIT.containsKey(unit));
        BigDecimal bytes = new BigDecimal(number).multiply(BYTES_PER_UNIT.get(unit));
        if (bytes.stripTrailingZeros().scale() > 0) {
            throw problem("not a whole number of bytes", text);
        }
        if (bytes.compareTo(LARGEST_SIZE) > 0) {
            throw problem("overflow: more than " + Long.MAX_VALUE + " bytes", text);
        }
        return bytes.longValueExact();
    }

    private static String requireContent(String text) {
        Objects.requireNonNull(text, "text to parse must not be null");
        String input = text.strip();
        if (input.isEmpty()) {
            throw problem("empty value", text);
        }
        return input;
    }

    /** A component is a non-empty number directly followed by a non-empty unit. */
    private static void requireComponentShape(String text, String input, int start, int numberEnd, int unitEnd) {
        if (numberEnd == start) {
            if (unitEnd > numberEnd) {
                throw problem("missing number before unit \"" + input.substring(numberEnd, unitEnd) + "\"", text);
            }
            throw unexpectedCharacter(text, input, start);
        }
        if (unitEnd == numberEnd) {
            if (numberEnd == input.length()) {
                throw problem("missing unit after \"" + input.substring(start, numberEnd) + "\"", text);
            }
            throw unexpectedCharacter(text, input, numberEnd);
        }
    }

    private static void requireKnownUnit(String text, String unit, boolean known) {
        if (!known) {
            throw problem("unknown unit \"" + unit + "\"", text);
        }
    }

    private static long addComponent(String text, long totalMillis, String digits, String unit) {
        long millisPerUnit = MILLIS_PER_UNIT.get(unit);
        return totalMillis + Long.parseLong(digits) * millisPerUnit;
    }

    private static int scan(String input, int from, IntPredicate accepted) {
        int position = from;
        while (position < input.length() && accepted.test(input.charAt(position))) {
            position++;
        }
        return position;
    }

    private static boolean isAsciiDigit(int character) {
        return character >= '0' && character <= '9';
    }

    private static boolean isAsciiLetter(int character) {
        return character >= 'a' && character <= 'z' || character >= 'A' && character <= 'Z';
    }

    private static IllegalArgumentException unexpectedCharacter(String text, String input, int position) {
        return problem("unexpected character '" + input.charAt(position) + "' at position " + position, text);
    }

    private static IllegalArgumentException problem(String description, String text) {
        return new IllegalArgumentException(description + " in \"" + text + "\"");
    }
}
