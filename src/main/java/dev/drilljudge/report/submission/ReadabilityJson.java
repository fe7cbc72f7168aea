package dev.drilljudge.report.submission;

import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Readability;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The `readability` object of the JSON reports (`judge lint --format json` and `judge submit`):
 * {"score", "categories": {naming, edgeCases, modularity, errorHandling}, "findings": [...], "topFixes": [...]},
 * plus "warnings" when there are any. Code that does not parse has "score": null, "categories": null and a
 * one-line "notScored" reason.
 */
public final class ReadabilityJson {
    private ReadabilityJson() {
    }

    public static ObjectNode toJson(Readability readability) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        if (readability.isScored()) {
            root.put("score", readability.score());
            ObjectNode categories = root.putObject("categories");
            for (Category category : Category.values()) {
                categories.put(category.jsonKey(), readability.category(category));
            }
        } else {
            root.putNull("score");
            root.putNull("categories");
            root.put("notScored", readability.notScored().get());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : readability.findings()) {
            findings.add(toJson(finding));
        }
        ArrayNode topFixes = root.putArray("topFixes");
        readability.topFixes().forEach(topFixes::add);
        if (!readability.warnings().isEmpty()) {
            ArrayNode warnings = root.putArray("warnings");
            readability.warnings().forEach(warnings::add);
        }
        return root;
    }

    public static ObjectNode toJson(Finding finding) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("rule", finding.ruleId());
        node.put("category", finding.category().jsonKey());
        node.put("severity", finding.severity().label());
        node.put("file", finding.file());
        node.put("line", finding.line());
        node.put("column", finding.column());
        node.put("message", finding.message());
        node.put("suggestion", finding.suggestion());
        return node;
    }
}
