package dev.drilljudge.report.submission;

import dev.drilljudge.repro.ReproOutcome;
import dev.drilljudge.repro.ReproResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** `judge repro --format json`: one object (documented in the README). */
public final class ReproJson {
    private ReproJson() {
    }

    public static String render(ReproResult result) {
        ObjectNode root = JsonReport.mapper().createObjectNode();
        root.put("problem", result.problemId());
        root.put("call", result.call());
        root.put("inContract", result.contractViolations().isEmpty());
        ArrayNode violations = root.putArray("contractViolations");
        result.contractViolations().forEach(violations::add);
        root.set("yours", outcome(result.yours()));
        if (result.model() == null) {
            root.putNull("model");
        } else {
            root.set("model", outcome(result.model()));
        }
        if (result.matches() == null) {
            root.putNull("matches");
        } else {
            root.put("matches", result.matches());
        }
        root.put("anyOrder", result.anyOrder());
        return JsonReport.mapper().writeValueAsString(root);
    }

    private static ObjectNode outcome(ReproOutcome outcome) {
        ObjectNode node = JsonReport.mapper().createObjectNode();
        node.put("status", outcome.status());
        node.put("result", outcome.result());
        node.put("cut", outcome.cut());
        node.put("message", outcome.message());
        node.put("printed", outcome.printed());
        node.put("timeMs", outcome.timeMs());
        return node;
    }
}
