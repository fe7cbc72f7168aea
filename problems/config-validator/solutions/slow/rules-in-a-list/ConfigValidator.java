import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates a flat key/value config against registered rules and reports every problem, sorted by key. */
public class ConfigValidator {

    private static final Pattern INTEGER_SYNTAX = Pattern.compile("[+-]?[0-9]+");

    /** Checks a stripped, non-blank value; returns the problem, if any. */
    @FunctionalInterface
    private interface ValueCheck {
        Optional<ValidationError> check(String key, String value);
    }

    private record Rule(String key, Presence presence, ValueCheck valueCheck) {
    }

    private final List<Rule> rules = new ArrayList<>();

    public ConfigValidator stringRule(String key, Presence presence) {
        return addRule(key, presence, (ruleKey, value) -> Optional.empty());
    }

    public ConfigValidator integerRule(String key, Presence presence, long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("integer rule for " + key + ": min " + min + " exceeds max " + max);
        }
        BigInteger lowest = BigInteger.valueOf(min);
        BigInteger highest = BigInteger.valueOf(max);
        return addRule(key, presence, (ruleKey, value) -> checkInteger(ruleKey, value, lowest, highest));
    }

    public ConfigValidator booleanRule(String key, Presence presence) {
        return addRule(key, presence, ConfigValidator::checkBoolean);
    }

    public ConfigValidator oneOfRule(String key, Presence presence, Set<String> allowedValues) {
        Objects.requireNonNull(allowedValues, "allowedValues must not be null");
        if (allowedValues.isEmpty()) {
            throw new IllegalArgumentException("oneOf rule for " + key + " needs at least one allowed value");
        }
        Set<String> allowed = Set.copyOf(allowedValues);
        return addRule(key, presence, (ruleKey, value) -> allowed.contains(value)
                ? Optional.empty()
                : error(ruleKey, ErrorCode.NOT_ALLOWED, "expected one of " + allowed, value));
    }

    public List<ValidationError> validate(Map<String, String> config) {
        Objects.requireNonNull(config, "config must not be null");
        List<ValidationError> errors = new ArrayList<>();
        rules.forEach(rule -> checkKey(rule.key(), rule, config.get(rule.key())).ifPresent(errors::add));
        for (String key : config.keySet()) {
            if (findRule(key) == null) {
                errors.add(new ValidationError(key, ErrorCode.UNKNOWN_KEY, key + ": unknown key (typo?)"));
            }
        }
        errors.sort(Comparator.comparing(ValidationError::key));
        return errors;
    }

    private ConfigValidator addRule(String key, Presence presence, ValueCheck valueCheck) {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(presence, "presence must not be null for key " + key);
        if (key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        if (findRule(key) != null) {
            throw new IllegalArgumentException("duplicate rule for key " + key);
        }
        rules.add(new Rule(key, presence, valueCheck));
        return this;
    }

    private Rule findRule(String key) {
        for (Rule rule : rules) {
            if (rule.key().equals(key)) {
                return rule;
            }
        }
        return null;
    }

    private static Optional<ValidationError> checkKey(String key, Rule rule, String rawValue) {
        if (rawValue == null) {
            return rule.presence() == Presence.REQUIRED
                    ? Optional.of(new ValidationError(key, ErrorCode.MISSING, key + ": required but missing"))
                    : Optional.empty();
        }
        String value = rawValue.strip();
        if (value.isEmpty()) {
            return Optional.of(new ValidationError(key, ErrorCode.BLANK, key + ": value is blank"));
        }
        return rule.valueCheck().check(key, value);
    }

    private static Optional<ValidationError> checkInteger(String key, String value, BigInteger lowest,
            BigInteger highest) {
        if (!INTEGER_SYNTAX.matcher(value).matches()) {
            return error(key, ErrorCode.NOT_AN_INTEGER, "expected an integer", value);
        }
        // BigInteger, not Long.parseLong: a value too large for a long is out of range, not malformed.
        BigInteger number = new BigInteger(value);
        if (number.compareTo(lowest) < 0 || number.compareTo(highest) > 0) {
            String expected = "expected an integer in [" + lowest + ", " + highest + "]";
            return error(key, ErrorCode.OUT_OF_RANGE, expected, value);
        }
        return Optional.empty();
    }

    private static Optional<ValidationError> checkBoolean(String key, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Optional.empty();
        }
        return error(key, ErrorCode.NOT_A_BOOLEAN, "expected true or false", value);
    }

    private static Optional<ValidationError> error(String key, ErrorCode code, String expected, String value) {
        return Optional.of(new ValidationError(key, code, key + ": " + expected + " but was \"" + value + "\""));
    }
}
