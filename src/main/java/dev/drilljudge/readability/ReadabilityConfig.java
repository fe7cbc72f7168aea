package dev.drilljudge.readability;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settings of the readability judge, from the `readability:` section of `drill-judge.yaml`.
 *
 * @param disabledRules    rule ids turned off
 * @param thresholds       rule id to limit, overriding {@link Rule#defaultThreshold()}
 * @param weights          rule id or category key (naming, edgeCases, ...) to weight; rules default to
 *                         their severity's weight, categories to 1
 * @param placeholderNames names NAME_PLACEHOLDER flags
 * @param abbreviations    abbreviation to the word NAME_ABBREVIATION suggests instead
 */
public record ReadabilityConfig(Set<String> disabledRules, Map<String, Integer> thresholds,
                                Map<String, Double> weights, Set<String> placeholderNames,
                                Map<String, String> abbreviations) {

    public static final List<String> DEFAULT_PLACEHOLDERS = List.of(
            "temp", "tmp", "data", "foo", "bar", "baz", "qux", "obj", "thing", "things", "stuff", "val", "res",
            "ret", "arr", "x", "y", "dummy", "blah", "whatever", "aux", "var1", "var2");

    public static final Map<String, String> DEFAULT_ABBREVIATIONS = orderedMap(
            "cnt", "count", "idx", "index", "num", "number", "ptr", "pointer", "len", "length",
            "str", "text", "msg", "message", "freq", "frequency", "cur", "current", "calc", "calculate",
            "mgr", "manager", "btn", "button", "pos", "position", "elem", "element");

    public ReadabilityConfig {
        disabledRules = Set.copyOf(disabledRules);
        thresholds = Map.copyOf(thresholds);
        weights = Map.copyOf(weights);
        placeholderNames = Set.copyOf(placeholderNames);
        abbreviations = Map.copyOf(abbreviations);
    }

    public static ReadabilityConfig defaults() {
        return new ReadabilityConfig(Set.of(), Map.of(), Map.of(), Set.copyOf(DEFAULT_PLACEHOLDERS),
                DEFAULT_ABBREVIATIONS);
    }

    /** Reads a `drill-judge.yaml`; an invalid file is a BadInputException naming the file and the key. */
    public static ReadabilityConfig load(Path yamlFile) {
        return ReadabilityConfigLoader.load(yamlFile);
    }

    public boolean isEnabled(String ruleId) {
        return !disabledRules.contains(ruleId);
    }

    public int threshold(Rule rule) {
        Integer configured = thresholds.get(rule.id());
        return configured != null ? configured : rule.defaultThreshold().orElse(0);
    }

    /** How much one finding of a rule weighs: the configured weight, else the rule's default weight. */
    public double ruleWeight(String ruleId, Severity severity) {
        Double configured = weights.get(ruleId);
        if (configured != null) {
            return configured;
        }
        return RuleRegistry.byId(ruleId).map(Rule::defaultWeight).orElse(SeverityWeights.of(severity));
    }

    public double categoryWeight(Category category) {
        return weights.getOrDefault(category.jsonKey(), 1.0);
    }

    public boolean isPlaceholder(String name) {
        return placeholderNames.contains(name);
    }

    public ReadabilityConfig withDisabled(Set<String> ruleIds) {
        Set<String> disabled = new LinkedHashSet<>(disabledRules);
        disabled.addAll(ruleIds);
        return new ReadabilityConfig(disabled, thresholds, weights, placeholderNames, abbreviations);
    }

    public ReadabilityConfig withThreshold(String ruleId, int limit) {
        Map<String, Integer> changed = new LinkedHashMap<>(thresholds);
        changed.put(ruleId, limit);
        return new ReadabilityConfig(disabledRules, changed, weights, placeholderNames, abbreviations);
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int index = 0; index < pairs.length; index += 2) {
            map.put(pairs[index], pairs[index + 1]);
        }
        return map;
    }
}
