package dev.drilljudge.report;

import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.scoring.AmazonScore;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.Scorecard;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One submission's JSON node, the same as `judge submit --json` ({@link JsonReport#toJson}) plus
 * {@code readability{...}, scores{...}, debrief{...}}.
 * <p>
 * A bridge: until the readability and scoring branches extend {@link JsonReport}, this adds those parts in the
 * shape the issues specify, so `judge grade --json` carries the full result model; once JsonReport writes them,
 * {@link GradeJsonReport} can call it directly and this class goes.
 */
final class SubmissionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SubmissionJson() {
    }

    /**
     * The lead's {@link JsonReport#toJson} node, completed with the readability, scores and debrief it does not
     * carry yet; a part it already carries is left as it is.
     */
    static ObjectNode toJson(JudgeReport report) {
        ObjectNode node = JsonReport.toJson(report);
        if (!node.has("readability")) {
            node.set("readability", report.readability() == null ? NODES.nullNode() : readability(report.readability()));
        }
        if (!node.has("scores")) {
            node.set("scores", report.scores() == null ? NODES.nullNode() : scores(report.scores()));
        }
        if (!node.has("debrief")) {
            if (report.scores() == null) {
                node.putNull("debrief");
            } else {
                ObjectNode debrief = node.putObject("debrief");
                debrief.put("meta", report.scores().debrief().meta());
                debrief.put("amazon", report.scores().debrief().amazon());
            }
        }
        return node;
    }

    private static ObjectNode readability(Readability readability) {
        ObjectNode node = NODES.objectNode();
        node.put("score", readability.score());
        ObjectNode categories = node.putObject("categories");
        for (Category category : Category.values()) {
            categories.put(category.jsonKey(), readability.category(category));
        }
        node.putArray("findings");
        for (Finding finding : readability.findings()) {
            ObjectNode findingNode = node.withArray("findings").addObject();
            findingNode.put("ruleId", finding.ruleId());
            findingNode.put("category", finding.category().jsonKey());
            findingNode.put("severity", finding.severity().label());
            findingNode.put("message", finding.message());
            findingNode.put("file", finding.file());
            findingNode.put("line", finding.line());
            findingNode.put("column", finding.column());
            findingNode.put("suggestion", finding.suggestion());
        }
        node.putArray("topFixes").addAll(readability.topFixes().stream().map(NODES::stringNode).toList());
        return node;
    }

    private static ObjectNode scores(Scorecard scores) {
        ObjectNode node = NODES.objectNode();
        MetaScore meta = scores.meta();
        ObjectNode metaNode = node.putObject("meta");
        metaNode.put("total", meta.total());
        metaNode.put("correctness", meta.correctness());
        metaNode.put("velocity", meta.velocity());
        metaNode.put("firstTimeRight", meta.firstTimeRight());
        metaNode.put("complexity", meta.complexity());
        metaNode.put("elapsedSeconds", meta.elapsedSeconds());
        metaNode.put("targetSeconds", meta.targetSeconds());
        metaNode.put("rejectedAttempts", meta.rejectedAttempts());
        AmazonScore amazon = scores.amazon();
        ObjectNode amazonNode = node.putObject("amazon");
        amazonNode.put("total", amazon.total());
        amazonNode.put("readability", amazon.readability());
        amazonNode.put("edgeCases", amazon.edgeCases());
        amazonNode.put("correctness", amazon.correctness());
        node.put("overall", scores.overall());
        return node;
    }
}
