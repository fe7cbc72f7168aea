package dev.drilljudge.readability;

import dev.drilljudge.BadInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and validates the `readability:` section of `drill-judge.yaml`. Every mistake is reported as one line
 * naming the file and the key, because a typo must never silently fall back to a default.
 */
final class ReadabilityConfigLoader {
    private static final String SECTION = "readability";
    private static final List<String> KEYS =
            List.of("disabled", "thresholds", "weights", "placeholderNames", "abbreviations");

    private final Path file;
    private final Map<String, Rule> rulesById;

    private ReadabilityConfigLoader(Path file) {
        this.file = file;
        this.rulesById = RuleRegistry.all().stream()
                .collect(Collectors.toMap(Rule::id, Function.identity()));
    }

    static ReadabilityConfig load(Path file) {
        return new ReadabilityConfigLoader(file).read();
    }

    private ReadabilityConfig read() {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such configuration file; give an existing drill-judge.yaml");
        }
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(file);
        } catch (JacksonException e) {
            throw new BadInputException(file + ": not valid YAML (" + firstLine(e.getOriginalMessage()) + ")", e);
        }
        ReadabilityConfig defaults = ReadabilityConfig.defaults();
        if (root == null || root.isNull() || root.isMissingNode()) {
            return defaults;
        }
        requireObject(root, "the top level");
        for (String key : root.propertyNames()) {
            if (!SECTION.equals(key)) {
                throw error(key, "unknown key; the known key is `" + SECTION + "`");
            }
        }
        JsonNode section = root.get(SECTION);
        if (section == null || section.isNull()) {
            return defaults;
        }
        requireObject(section, SECTION);
        for (String key : section.propertyNames()) {
            if (!KEYS.contains(key)) {
                throw error(SECTION + "." + key, "unknown key; known keys: " + String.join(", ", KEYS));
            }
        }
        return new ReadabilityConfig(
                disabled(section.get("disabled")),
                thresholds(section.get("thresholds")),
                weights(section.get("weights")),
                section.has("placeholderNames")
                        ? stringList(section.get("placeholderNames"), SECTION + ".placeholderNames")
                        : defaults.placeholderNames(),
                section.has("abbreviations") ? abbreviations(section.get("abbreviations")) : defaults.abbreviations());
    }

    private Set<String> disabled(JsonNode node) {
        String key = SECTION + ".disabled";
        Set<String> ids = node == null ? Set.of() : stringList(node, key);
        for (String id : ids) {
            if (!rulesById.containsKey(id)) {
                throw error(key, "unknown rule `" + id + "`; see docs/readability.md for the rule ids");
            }
        }
        return ids;
    }

    private Map<String, Integer> thresholds(JsonNode node) {
        Map<String, Integer> thresholds = new LinkedHashMap<>();
        if (node == null) {
            return thresholds;
        }
        requireObject(node, SECTION + ".thresholds");
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = SECTION + ".thresholds." + entry.getKey();
            Rule rule = rulesById.get(entry.getKey());
            if (rule == null) {
                throw error(key, "unknown rule; see docs/readability.md for the rule ids");
            }
            if (rule.defaultThreshold().isEmpty()) {
                throw error(key, "rule " + rule.id() + " has no threshold");
            }
            JsonNode value = entry.getValue();
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
                throw error(key, "must be a whole number of at least 0, was `" + value.asString() + "`");
            }
            thresholds.put(rule.id(), value.asInt());
        }
        return thresholds;
    }

    private Map<String, Double> weights(JsonNode node) {
        Map<String, Double> weights = new LinkedHashMap<>();
        if (node == null) {
            return weights;
        }
        requireObject(node, SECTION + ".weights");
        Set<String> categoryKeys = new LinkedHashSet<>();
        for (Category category : Category.values()) {
            categoryKeys.add(category.jsonKey());
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = SECTION + ".weights." + entry.getKey();
            if (!categoryKeys.contains(entry.getKey()) && !rulesById.containsKey(entry.getKey())) {
                throw error(key, "neither a rule id nor a category (" + String.join(", ", categoryKeys) + ")");
            }
            JsonNode value = entry.getValue();
            if (!value.isNumber() || value.asDouble() < 0) {
                throw error(key, "must be a number of at least 0, was `" + value.asString() + "`");
            }
            weights.put(entry.getKey(), value.asDouble());
        }
        if (categoryKeys.stream().allMatch(category -> weights.getOrDefault(category, 1.0) == 0)) {
            throw error(SECTION + ".weights", "at least one category needs a weight above 0");
        }
        return weights;
    }

    private Map<String, String> abbreviations(JsonNode node) {
        String key = SECTION + ".abbreviations";
        requireObject(node, key);
        Map<String, String> abbreviations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isString() || entry.getValue().asString().isBlank()) {
                throw error(key + "." + entry.getKey(), "must be the word to use instead, e.g. `count`");
            }
            abbreviations.put(entry.getKey().toLowerCase(java.util.Locale.ROOT), entry.getValue().asString());
        }
        return abbreviations;
    }

    private Set<String> stringList(JsonNode node, String key) {
        if (!node.isArray()) {
            throw error(key, "must be a list, e.g. [" + (key.endsWith("disabled") ? "MAGIC_NUMBER" : "temp") + "]");
        }
        Set<String> values = new LinkedHashSet<>();
        int index = 0;
        for (JsonNode item : node.values()) {
            if (!item.isString() || item.asString().isBlank()) {
                throw error(key + "[" + index + "]", "must be a non-empty string");
            }
            values.add(item.asString().strip());
            index++;
        }
        return values;
    }

    private void requireObject(JsonNode node, String key) {
        if (!node.isObject()) {
            throw error(key, "must be a mapping of keys to values");
        }
    }

    private BadInputException error(String key, String problem) {
        return new BadInputException(file + ": invalid key `" + key + "`: " + problem);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
