package dev.drilljudge.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * Whole-document comparison of the JSON a command prints: the fields that measure the machine (times, cache hits,
 * timestamps) are replaced by {@code "<volatile>"} wherever they appear, and everything else must match exactly.
 */
public final class JsonDocuments {
    /** Fields whose value depends on the machine or the moment, never on the submission. */
    public static final Set<String> VOLATILE = Set.of("timeMs", "compileMs", "runMs", "totalMs", "testsReused",
            "candidateReused", "cpuMs", "startedAt", "at", "timestamp", "generatedAt", "durationMs", "exponent");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonDocuments() {
    }

    /** The document pretty-printed with every volatile field masked, for an exact comparison with an expected one. */
    public static String masked(String json) {
        JsonNode tree = MAPPER.readTree(json);
        mask(tree);
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    /** The expected document in the same layout, so a test can write it compactly. */
    public static String normalised(String json) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(json));
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : Set.copyOf(object.propertyNames())) {
                if (VOLATILE.contains(field) && !object.get(field).isNull()) {
                    object.put(field, "<volatile>");
                } else {
                    mask(object.get(field));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(JsonDocuments::mask);
        }
    }
}
