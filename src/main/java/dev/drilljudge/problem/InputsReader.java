package dev.drilljudge.problem;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/** Reads and validates the {@code inputs:} section of problem.yaml (see docs/problem-format.md). */
final class InputsReader {
    private static final String SECTION = "inputs";
    private static final Set<String> ELEMENT_KEYS =
            Set.of("nonNull", "nonEmpty", "minLength", "maxLength", "min", "max", "elements");
    private static final Set<String> INPUT_KEYS = union(ELEMENT_KEYS, "inPlace");
    private static final int MAX_DEPTH = 3;

    private final ProblemLoader.FieldReader fields;

    private InputsReader(ProblemLoader.FieldReader fields) {
        this.fields = fields;
    }

    static ProblemInputs read(ProblemLoader.FieldReader fields) {
        JsonNode section = fields.find(SECTION);
        if (section == null) {
            return ProblemInputs.NONE;
        }
        if (!section.isObject()) {
            throw fields.invalid(SECTION, "must map each starter parameter to what the statement guarantees, "
                    + "e.g. `nums: {nonNull: true, minLength: 2}`");
        }
        InputsReader reader = new InputsReader(fields);
        Map<String, InputSpec> specs = new LinkedHashMap<>();
        for (String name : section.propertyNames()) {
            if (!isJavaName(name)) {
                throw fields.invalid(SECTION + "." + name, "must be a parameter name of the starter");
            }
            specs.put(name, reader.spec(section.get(name), SECTION + "." + name, 0));
        }
        return new ProblemInputs(specs);
    }

    private InputSpec spec(JsonNode node, String path, int depth) {
        if (node == null || node.isNull() || !node.isObject()) {
            throw fields.invalid(path, "must be a mapping of " + new TreeSet<>(depth == 0 ? INPUT_KEYS : ELEMENT_KEYS)
                    + ", e.g. {nonNull: true, minLength: 1}");
        }
        fields.rejectUnknownKeys(node, depth == 0 ? INPUT_KEYS : ELEMENT_KEYS, path + ".");
        boolean nonNull = bool(node, path, "nonNull");
        boolean nonEmpty = bool(node, path, "nonEmpty");
        OptionalInt minLength = length(node, path, "minLength");
        OptionalInt maxLength = length(node, path, "maxLength");
        Optional<BigDecimal> min = number(node, path, "min");
        Optional<BigDecimal> max = number(node, path, "max");
        if (minLength.isPresent() && maxLength.isPresent() && minLength.getAsInt() > maxLength.getAsInt()) {
            throw fields.invalid(path + ".maxLength", "must be at least minLength (" + minLength.getAsInt() + ")");
        }
        if (nonEmpty && maxLength.isPresent() && maxLength.getAsInt() == 0) {
            throw fields.invalid(path + ".maxLength", "is 0, which contradicts nonEmpty: true");
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw fields.invalid(path + ".max", "must be at least min (" + min.get().toPlainString() + ")");
        }
        Optional<InputSpec> elements = Optional.empty();
        if (node.has("elements")) {
            if (depth + 1 >= MAX_DEPTH) {
                throw fields.invalid(path + ".elements", "nests too deep; at most " + MAX_DEPTH + " levels are read");
            }
            elements = Optional.of(spec(node.get("elements"), path + ".elements", depth + 1));
        }
        boolean inPlace = depth == 0 && bool(node, path, "inPlace");
        return new InputSpec(nonNull, nonEmpty, minLength, maxLength, min, max, elements, inPlace);
    }

    private boolean bool(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw fields.invalid(path + "." + key, "must be true or false");
        }
        return value.booleanValue();
    }

    private OptionalInt length(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw fields.invalid(path + "." + key, "must be a whole number of at least 0");
        }
        return OptionalInt.of(value.intValue());
    }

    private Optional<BigDecimal> number(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw fields.invalid(path + "." + key, "must be a number, e.g. -1000000000");
        }
        return Optional.of(value.decimalValue());
    }

    private static boolean isJavaName(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        return name.chars().allMatch(Character::isJavaIdentifierPart);
    }

    private static Set<String> union(Set<String> keys, String extra) {
        Set<String> all = new java.util.HashSet<>(keys);
        all.add(extra);
        return Set.copyOf(all);
    }
}
