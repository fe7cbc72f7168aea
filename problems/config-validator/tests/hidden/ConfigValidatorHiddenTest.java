import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ConfigValidatorHiddenTest {

    private static List<String> summary(List<ValidationError> errors) {
        return errors.stream().map(error -> error.key() + " " + error.code()).toList();
    }

    private static List<String> check(ConfigValidator validator, Map<String, String> config) {
        List<ValidationError> errors = validator.validate(config);
        for (ValidationError error : errors) {
            assertNotNull(error.message(), "message for " + error.key());
            assertFalse(error.message().isBlank(), "message for " + error.key() + " is blank");
            assertTrue(error.message().contains(error.key()), "message should contain the key: " + error.message());
        }
        return summary(errors);
    }

    private static void assertIllegal(Executable call, String what) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, call, what);
        assertNotNull(thrown.getMessage(), what + ": exception needs a message");
    }

    private static void assertNullPointer(Executable call, String what) {
        NullPointerException thrown = assertThrows(NullPointerException.class, call, what);
        assertNotNull(thrown.getMessage(), what + ": exception needs a message");
    }

    private static String integerCode(String value, long min, long max) {
        ConfigValidator validator = new ConfigValidator().integerRule("n", Presence.REQUIRED, min, max);
        List<String> errors = check(validator, Map.of("n", value));
        return errors.isEmpty() ? "OK" : errors.get(0).substring(2);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty config reports every required key")
    void emptyConfig() {
        ConfigValidator validator = new ConfigValidator()
                .integerRule("b", Presence.REQUIRED, 0, 1)
                .stringRule("c", Presence.OPTIONAL)
                .stringRule("a", Presence.REQUIRED);
        assertEquals(List.of("a MISSING", "b MISSING"), check(validator, Map.of()), "empty config");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no rules makes every key unknown")
    void noRules() {
        assertEquals(List.of("alpha UNKNOWN_KEY", "beta UNKNOWN_KEY"),
                check(new ConfigValidator(), Map.of("beta", "2", "alpha", "1")), "no rules");
        assertEquals(List.of(), check(new ConfigValidator(), Map.of()), "no rules, empty config");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a null value counts as absent")
    void nullValue() {
        ConfigValidator validator = new ConfigValidator()
                .stringRule("required", Presence.REQUIRED)
                .integerRule("optional", Presence.OPTIONAL, 0, 9);
        Map<String, String> config = new HashMap<>();
        config.put("required", null);
        config.put("optional", null);
        assertEquals(List.of("required MISSING"), check(validator, config), "null values");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: blank values, optional keys included")
    void blankValues() {
        ConfigValidator validator = new ConfigValidator()
                .stringRule("name", Presence.REQUIRED)
                .integerRule("port", Presence.OPTIONAL, 1, 65535)
                .booleanRule("tls", Presence.OPTIONAL)
                .oneOfRule("level", Presence.OPTIONAL, Set.of("INFO"));
        assertEquals(List.of("level BLANK", "name BLANK", "port BLANK", "tls BLANK"),
                check(validator, Map.of("name", "", "port", "   ", "tls", "\t", "level", " \n ")), "blank values");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: surrounding whitespace is stripped")
    void surroundingWhitespace() {
        ConfigValidator validator = new ConfigValidator()
                .integerRule("port", Presence.REQUIRED, 1, 65535)
                .booleanRule("tls", Presence.REQUIRED)
                .oneOfRule("level", Presence.REQUIRED, Set.of("INFO"));
        assertEquals(List.of(), check(validator, Map.of("port", " 8080 ", "tls", "\ttrue ", "level", "  INFO")),
                "values with surrounding whitespace");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: integer signs and range boundaries")
    void integerBoundaries() {
        assertEquals("OK", integerCode("+5", -10, 10), "+5 in [-10, 10]");
        assertEquals("OK", integerCode("-10", -10, 10), "-10 at min");
        assertEquals("OK", integerCode("10", -10, 10), "10 at max");
        assertEquals("OK", integerCode("007", 0, 10), "007 in [0, 10]");
        assertEquals("OUT_OF_RANGE", integerCode("-11", -10, 10), "-11 below min");
        assertEquals("OUT_OF_RANGE", integerCode("11", -10, 10), "11 above max");
        assertEquals("OK", integerCode("7", 7, 7), "7 in [7, 7]");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: integers too large for a long are out of range")
    void integerBeyondLong() {
        assertEquals("OK", integerCode("9223372036854775807", Long.MIN_VALUE, Long.MAX_VALUE), "Long.MAX_VALUE");
        assertEquals("OK", integerCode("-9223372036854775808", Long.MIN_VALUE, Long.MAX_VALUE), "Long.MIN_VALUE");
        assertEquals("OUT_OF_RANGE", integerCode("9223372036854775808", Long.MIN_VALUE, Long.MAX_VALUE),
                "Long.MAX_VALUE + 1");
        assertEquals("OUT_OF_RANGE", integerCode("99999999999999999999", 1, 65535), "20 nines");
        assertEquals("OUT_OF_RANGE", integerCode("-99999999999999999999", 1, 65535), "minus 20 nines");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: values that are not integers")
    void notIntegers() {
        for (String value : List.of("12.5", "1e3", "0x1F", "\u0663", "+", "-", "1 000", "--1", "one", "8080L")) {
            assertEquals("NOT_AN_INTEGER", integerCode(value, Long.MIN_VALUE, Long.MAX_VALUE), "value \"" + value + "\"");
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: booleans ignore case, yes is not a boolean")
    void booleans() {
        ConfigValidator validator = new ConfigValidator().booleanRule("flag", Presence.REQUIRED);
        for (String value : List.of("true", "FALSE", "True", "fAlSe")) {
            assertEquals(List.of(), check(validator, Map.of("flag", value)), "value \"" + value + "\"");
        }
        for (String value : List.of("yes", "1", "on", "truee", "t")) {
            assertEquals(List.of("flag NOT_A_BOOLEAN"), check(validator, Map.of("flag", value)),
                    "value \"" + value + "\"");
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: oneOfRule is case-sensitive")
    void oneOfCaseSensitive() {
        ConfigValidator validator = new ConfigValidator()
                .oneOfRule("level", Presence.REQUIRED, Set.of("DEBUG", "INFO"));
        assertEquals(List.of("level NOT_ALLOWED"), check(validator, Map.of("level", "info")), "info vs INFO");
        assertEquals(List.of(), check(validator, Map.of("level", "DEBUG")), "DEBUG");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: many errors are all reported, sorted by key")
    void manyErrorsSorted() {
        ConfigValidator validator = new ConfigValidator();
        Map<String, String> config = new HashMap<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String key = "key" + (i * 7919 % 40);
            validator.integerRule(key, Presence.REQUIRED, 0, 100);
            config.put(key, "x" + i);
        }
        for (int i = 0; i < 40; i++) {
            config.put("zz.extra" + i, "1");
        }
        new TreeMap<>(config).keySet().forEach(key -> expected.add(key
                + (key.startsWith("zz") ? " UNKNOWN_KEY" : " NOT_AN_INTEGER")));
        assertEquals(expected, check(validator, config), "80 errors in key order");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: null arguments when registering rules")
    void nullRegistration() {
        assertNullPointer(() -> new ConfigValidator().stringRule(null, Presence.REQUIRED), "null key");
        assertNullPointer(() -> new ConfigValidator().integerRule("port", null, 1, 2), "null presence");
        assertNullPointer(() -> new ConfigValidator().oneOfRule("level", Presence.OPTIONAL, null),
                "null allowedValues");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: invalid rules are rejected")
    void invalidRules() {
        assertIllegal(() -> new ConfigValidator().booleanRule("  ", Presence.REQUIRED), "blank key");
        assertIllegal(() -> new ConfigValidator().integerRule("port", Presence.REQUIRED, 10, 9), "min > max");
        assertIllegal(() -> new ConfigValidator().oneOfRule("level", Presence.REQUIRED, Set.of()),
                "empty allowedValues");
        ConfigValidator validator = new ConfigValidator().oneOfRule("mode", Presence.OPTIONAL, Set.of("a"));
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> validator.booleanRule("mode", Presence.OPTIONAL), "duplicate key mode");
        assertTrue(String.valueOf(duplicate.getMessage()).contains("mode"), "message should name the key");
        assertEquals(List.of("mode NOT_ALLOWED"), check(validator, Map.of("mode", "true")),
                "the first rule for mode still applies");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: validate(null)")
    void validateNull() {
        assertNullPointer(() -> new ConfigValidator().validate(null), "validate(null)");
    }

    @Test
    @DisplayName("registration chains and validation is repeatable")
    void chainingAndRepeatable() {
        ConfigValidator validator = new ConfigValidator();
        assertSame(validator, validator.stringRule("a", Presence.REQUIRED), "stringRule returns this");
        assertSame(validator, validator.integerRule("b", Presence.REQUIRED, 0, 1), "integerRule returns this");
        assertSame(validator, validator.booleanRule("c", Presence.REQUIRED), "booleanRule returns this");
        assertSame(validator, validator.oneOfRule("d", Presence.REQUIRED, Set.of("x")), "oneOfRule returns this");
        Map<String, String> config = Map.of("b", "2", "e", "?");
        List<String> first = check(validator, config);
        assertEquals(List.of("a MISSING", "b OUT_OF_RANGE", "c MISSING", "d MISSING", "e UNKNOWN_KEY"), first,
                "first validation");
        assertEquals(first, check(validator, config), "second validation of the same config");
    }

    @Test
    @DisplayName("string rules accept any non-blank value")
    void stringValues() {
        ConfigValidator validator = new ConfigValidator().stringRule("name", Presence.REQUIRED);
        for (String value : List.of("x", "checkout service", "  spaced  ", "ünïcödé", "=")) {
            assertEquals(List.of(), check(validator, Map.of("name", value)), "value \"" + value + "\"");
        }
    }

    // ---- randomised differential test ----

    private static String oracle(int type, Presence presence, long min, long max, String raw) {
        if (raw == null) {
            return presence == Presence.REQUIRED ? "MISSING" : null;
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return "BLANK";
        }
        switch (type) {
            case 0:
                return null;
            case 1:
                if (!value.matches("[+-]?[0-9]+")) {
                    return "NOT_AN_INTEGER";
                }
                BigInteger number = new BigInteger(value);
                return number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0
                        ? "OUT_OF_RANGE" : null;
            case 2:
                return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null : "NOT_A_BOOLEAN";
            default:
                return Set.of("red", "green", "blue").contains(value) ? null : "NOT_ALLOWED";
        }
    }

    private static final String[] VALUES = {"", " ", "0", "5", "-5", "+17", "100", "101", "-100", "1.5", "true",
        "False", "yes", "red", "Red", " blue ", "green", "999999999999999999999", "abc", "\u0663", " 42 "};

    @Test
    @DisplayName("random: 300 configs against an oracle")
    void randomisedDifferential() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            ConfigValidator validator = new ConfigValidator();
            Map<String, String> config = new LinkedHashMap<>();
            TreeMap<String, String> expected = new TreeMap<>();
            int keys = random.nextInt(12);
            for (int i = 0; i < keys; i++) {
                String key = "k" + random.nextInt(1000) + "." + i;
                int type = random.nextInt(4);
                Presence presence = random.nextBoolean() ? Presence.REQUIRED : Presence.OPTIONAL;
                long min = -random.nextInt(200);
                long max = min + random.nextInt(300);
                switch (type) {
                    case 0 -> validator.stringRule(key, presence);
                    case 1 -> validator.integerRule(key, presence, min, max);
                    case 2 -> validator.booleanRule(key, presence);
                    default -> validator.oneOfRule(key, presence, Set.of("red", "green", "blue"));
                }
                int choice = random.nextInt(VALUES.length + 2);
                String raw = choice >= VALUES.length ? null : VALUES[choice];
                if (raw != null || choice == VALUES.length) {
                    config.put(key, raw);
                }
                String code = oracle(type, presence, min, max, raw);
                if (code != null) {
                    expected.put(key, code);
                }
            }
            int unknown = random.nextInt(3);
            for (int i = 0; i < unknown; i++) {
                String key = "u" + random.nextInt(1000) + "." + i;
                config.put(key, "1");
                expected.put(key, "UNKNOWN_KEY");
            }
            List<String> expectedSummary = expected.entrySet().stream()
                    .map(entry -> entry.getKey() + " " + entry.getValue()).toList();
            assertEquals(expectedSummary, check(validator, config), "round " + round + " config " + config);
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 30000 rules and 30000 entries")
    void largeConfig() {
        ConfigValidator validator = new ConfigValidator();
        Map<String, String> config = new HashMap<>();
        for (int i = 0; i < 30_000; i++) {
            String key = "service.setting." + i;
            if (i % 50 == 0) {
                validator.integerRule(key, Presence.REQUIRED, 0, 1000);
            } else {
                validator.stringRule(key, Presence.REQUIRED);
            }
            if (i % 10 != 0) {
                config.put(key, "value");
            }
        }
        for (int i = 0; i < 1000; i++) {
            config.put("service.typo." + i, "1");
        }
        List<ValidationError> errors = validator.validate(config);
        assertEquals(3000 + 1000, errors.size(), "missing + unknown");
        assertEquals("service.setting.0", errors.get(0).key(), "first key in order");
        assertEquals(ErrorCode.MISSING, errors.get(0).code(), "first error");
        assertEquals("service.typo.999", errors.get(errors.size() - 1).key(), "last key in order");
    }
}
