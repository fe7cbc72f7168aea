package dev.drilljudge.repro;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Compares two results in the repro notation as values (Jackson trees), not as text. When the statement accepts
 * the answer in any order, arrays are compared as multisets at every level.
 */
public final class ResultComparison {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultComparison() {
    }

    /** Empty when either result cannot be read as a value (it was cut). */
    public static Optional<Boolean> same(String yours, String model, boolean anyOrder) {
        try {
            JsonNode mine = JSON.readTree(yours);
            JsonNode theirs = JSON.readTree(model);
            return Optional.of(anyOrder ? sorted(mine).equals(sorted(theirs)) : mine.equals(theirs));
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (!node.isArray()) {
            return node;
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(element -> elements.add(sorted(element)));
        elements.sort(Comparator.comparing(JsonNode::toString));
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        elements.forEach(array::add);
        return array;
    }
}
