import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class UnitParserHiddenTest {

    private static void durationFails(String input, String phrase) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> UnitParser.parseDuration(input), "parseDuration(\"" + input + "\") should fail with " + phrase);
        assertMessage(thrown, input, phrase);
    }

    private static void sizeFails(String input, String phrase) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> UnitParser.parseSize(input), "parseSize(\"" + input + "\") should fail with " + phrase);
        assertMessage(thrown, input, phrase);
    }

    private static void assertMessage(IllegalArgumentException thrown, String input, String phrase) {
        String message = String.valueOf(thrown.getMessage());
        assertTrue(message.contains(phrase), "message for \"" + input + "\" should contain " + phrase + ": " + message);
        assertTrue(message.contains(input), "message should contain the input \"" + input + "\": " + message);
    }

    private static void durationIs(long millis, String input) {
        assertEquals(Duration.ofMillis(millis), UnitParser.parseDuration(input), "parseDuration(\"" + input + "\")");
    }

    private static void sizeIs(long bytes, String input) {
        assertEquals(bytes, UnitParser.parseSize(input), "parseSize(\"" + input + "\")");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: null input")
    void nullInput() {
        assertNotNull(assertThrows(NullPointerException.class, () -> UnitParser.parseDuration(null),
                "parseDuration(null)").getMessage(), "parseDuration(null): message");
        assertNotNull(assertThrows(NullPointerException.class, () -> UnitParser.parseSize(null),
                "parseSize(null)").getMessage(), "parseSize(null): message");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty and blank input")
    void emptyInput() {
        for (String input : List.of("", "   ", "\t\n")) {
            durationFails(input, "empty");
            sizeFails(input, "empty");
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: surrounding whitespace is fine, inner whitespace is not")
    void whitespace() {
        durationIs(90_000, "\t1m30s  ");
        sizeIs(1024, "  1KiB\n");
        durationFails("1h 30m", "unexpected character");
        durationFails("1 h", "unexpected character");
        sizeFails("512 MiB", "unexpected character");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: m versus ms")
    void minutesVersusMillis() {
        durationIs(300_000, "5m");
        durationIs(5, "5ms");
        durationIs(60_001, "1m1ms");
        durationIs(120_500, "2m500ms");
        durationFails("1mss", "unknown unit");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: zero values")
    void zeros() {
        durationIs(0, "0s");
        durationIs(0, "0ms");
        durationIs(0, "0d0h");
        sizeIs(0, "0B");
        sizeIs(0, "0.0KB");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: unknown and wrong-case units")
    void unknownUnits() {
        for (String input : List.of("5y", "5H", "5S", "5MS", "1w", "5us")) {
            durationFails(input, "unknown unit");
        }
        for (String input : List.of("10mb", "5kb", "5KIB", "5Mib", "5b", "5PB", "5bytes")) {
            sizeFails(input, "unknown unit");
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: missing number or missing unit")
    void missingParts() {
        durationFails("h", "missing number");
        durationFails("ms", "missing number");
        sizeFails("MB", "missing number");
        sizeFails("KiB", "missing number");
        durationFails("90", "missing unit");
        durationFails("1h30", "missing unit");
        sizeFails("512", "missing unit");
        sizeFails("1.5", "missing unit");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: repeated and out-of-order duration units")
    void repeatedAndOutOfOrder() {
        durationFails("1h1h", "repeated unit");
        durationFails("5s5s", "repeated unit");
        durationFails("1h5s1h", "repeated unit");
        durationFails("30m1h", "out of order");
        durationFails("1ms1s", "out of order");
        durationFails("1s1d", "out of order");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: malformed size numbers")
    void malformedSizeNumbers() {
        for (String input : List.of(".5MB", "5.MB", "1.2.3MB", "..MB", "1..5KB")) {
            sizeFails(input, "malformed number");
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: exact fractional sizes")
    void exactFractions() {
        sizeIs(1536, "1.5KiB");
        sizeIs(4_350_000_000L, "4.35GB");
        sizeIs(524_288, "0.5MiB");
        sizeIs(1_100_000, "1.1MB");
        sizeIs(1, "0.001KB");
        sizeIs(2, "2.000B");
        sizeIs(2_748_779_069_440L, "2.5TiB");
        sizeIs(1_342_177_280L, "1.25GiB");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: sizes that are not a whole number of bytes")
    void notWholeBytes() {
        for (String input : List.of("1.5B", "0.0001KB", "1.0001KB", "0.3KiB", "2.6666666666GB")) {
            sizeFails(input, "whole number of bytes");
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: duration overflow")
    void durationOverflow() {
        durationIs(Long.MAX_VALUE, "9223372036854775807ms");
        durationFails("9223372036854775808ms", "overflow");
        durationIs(106_751_991_167L * 86_400_000L, "106751991167d");
        durationFails("106751991168d", "overflow");
        durationFails("99999999999999999999999s", "overflow");
        durationIs(Long.MAX_VALUE, "106751991167d25975807ms");
        durationFails("106751991167d25975808ms", "overflow");
        durationFails("106751991167d8h", "overflow");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: size overflow")
    void sizeOverflow() {
        sizeIs(Long.MAX_VALUE, "9223372036854775807B");
        sizeFails("9223372036854775808B", "overflow");
        sizeIs(8_388_607L << 40, "8388607TiB");
        sizeFails("8388608TiB", "overflow");
        sizeIs(Long.MAX_VALUE, "9223372.036854775807TB");
        sizeFails("9223372.036854775808TB", "overflow");
        sizeFails("99999999999999999999999B", "overflow");
    }

    @Test
    @DisplayName("unexpected characters")
    void unexpectedCharacters() {
        for (String input : List.of("-5s", "+5s", "1.5h", "5s!", "1h_30m", "5\u00b5s", "1h,30m")) {
            durationFails(input, "unexpected character");
        }
        for (String input : List.of("-5MB", "5MB10KB", "5MB!", "1,5MB", "5 B")) {
            sizeFails(input, "unexpected character");
        }
    }

    @Test
    @DisplayName("every duration unit and leading zeros")
    void allDurationUnits() {
        durationIs(86_400_000L + 2 * 3_600_000L + 3 * 60_000L + 4_000L + 5L, "1d2h3m4s5ms");
        durationIs(7_000, "007s");
        durationIs(2 * 86_400_000L + 5_000L, "2d5s");
        durationIs(999, "999ms");
    }

    @Test
    @DisplayName("every size unit")
    void allSizeUnits() {
        sizeIs(3, "3B");
        sizeIs(3_000, "3KB");
        sizeIs(3_000_000, "3MB");
        sizeIs(3_000_000_000L, "3GB");
        sizeIs(3_000_000_000_000L, "3TB");
        sizeIs(3L << 10, "3KiB");
        sizeIs(3L << 20, "3MiB");
        sizeIs(3L << 30, "3GiB");
        sizeIs(3L << 40, "3TiB");
        sizeIs(1_536, "0001.50KiB");
    }

    // ---- randomised differential tests ----

    private static final String[] UNITS = {"d", "h", "m", "s", "ms"};
    private static final long[] UNIT_MILLIS = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};

    /** Left-to-right oracle: the expected millis, or the phrase of the first problem. */
    private static Object durationOracle(List<Integer> ranks, List<Long> counts) {
        BigInteger total = BigInteger.ZERO;
        boolean[] seen = new boolean[UNITS.length];
        int lastRank = -1;
        for (int i = 0; i < ranks.size(); i++) {
            int rank = ranks.get(i);
            if (seen[rank]) {
                return "repeated unit";
            }
            if (rank < lastRank) {
                return "out of order";
            }
            seen[rank] = true;
            lastRank = rank;
            total = total.add(BigInteger.valueOf(counts.get(i)).multiply(BigInteger.valueOf(UNIT_MILLIS[rank])));
            if (total.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
                return "overflow";
            }
        }
        return total.longValueExact();
    }

    @Test
    @DisplayName("random: 2000 durations against a BigInteger oracle")
    void randomDurations() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            List<Integer> ranks = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            int components = 1 + random.nextInt(4);
            for (int i = 0; i < components; i++) {
                int rank = random.nextInt(UNITS.length);
                long count = random.nextInt(10) == 0 ? (random.nextLong() & Long.MAX_VALUE) >>> random.nextInt(40)
                        : random.nextInt(1000);
                ranks.add(rank);
                counts.add(count);
                text.append(count).append(UNITS[rank]);
            }
            String input = text.toString();
            Object expected = durationOracle(ranks, counts);
            if (expected instanceof Long millis) {
                durationIs(millis, input);
            } else {
                durationFails(input, (String) expected);
            }
        }
    }

    private static final String[] SIZE_UNITS = {"B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB"};
    private static final long[] SIZE_BYTES = {1L, 1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L,
        1L << 10, 1L << 20, 1L << 30, 1L << 40};

    @Test
    @DisplayName("random: 2000 sizes against a BigDecimal oracle")
    void randomSizes() {
        Random random = new Random(42);
        BigDecimal largest = BigDecimal.valueOf(Long.MAX_VALUE);
        for (int round = 0; round < 2000; round++) {
            int unit = random.nextInt(SIZE_UNITS.length);
            long whole = random.nextInt(5) == 0 ? (random.nextLong() & Long.MAX_VALUE) >>> random.nextInt(63)
                    : random.nextInt(100_000);
            String number = Long.toString(whole);
            if (random.nextBoolean()) {
                number += "." + random.nextInt(1000);
            }
            String input = number + SIZE_UNITS[unit];
            BigDecimal bytes = new BigDecimal(number).multiply(BigDecimal.valueOf(SIZE_BYTES[unit]));
            if (bytes.stripTrailingZeros().scale() > 0) {
                sizeFails(input, "whole number of bytes");
            } else if (bytes.compareTo(largest) > 0) {
                sizeFails(input, "overflow");
            } else {
                sizeIs(bytes.longValueExact(), input);
            }
        }
    }
}
