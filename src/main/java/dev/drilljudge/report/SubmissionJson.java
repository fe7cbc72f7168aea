package dev.drilljudge.report;

import dev.drilljudge.compile.Diagnostic;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.scoring.AmazonScore;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.TestResult;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One submission's JSON node, in the shape of `judge submit --json`:
 * {@code {problem, verdict, headline, tests{passed,total}, results[...], diagnostics[...], timings{...},
 * readability{...}, scores{...}, debrief{...}}}.
 * <p>
 * Stands in for the lead's {@code JsonReport.toJson(JudgeReport)} until it is on this branch, so that
 * `judge grade --json` and `judge submit --json` agree on every field; when it lands, {@link GradeJsonReport}
 * calls it instead and this class goes.
 */
final class SubmissionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SubmissionJson() {
    }

    static ObjectNode toJson(JudgeReport report) {
        Judgement judgement = report.judgement();
        ObjectNode node = NODES.objectNode();
        node.put("problem", judgement.problemId());
        node.put("verdict", judgement.verdict().name());
        node.put("headline", judgement.headline());
        ObjectNode tests = node.putObject("tests");
        tests.put("passed", judgement.passed());
        tests.put("total", judgement.total());
        for (TestResult result : judgement.results()) {
            ObjectNode resultNode = node.withArray("results").addObject();
            resultNode.put("name", result.name());
            resultNode.put("status", result.status().name());
            resultNode.put("timeMs", result.timeMs());
            resultNode.put("message", result.message());
        }
        node.withArray("results");
        for (Diagnostic diagnostic : judgement.diagnostics()) {
            ObjectNode diagnosticNode = node.withArray("diagnostics").addObject();
            diagnosticNode.put("file", diagnostic.file());
            diagnosticNode.put("line", diagnostic.line());
            diagnosticNode.put("column", diagnostic.column());
            diagnosticNode.put("message", diagnostic.message());
        }
        node.withArray("diagnostics");
        ObjectNode timings = node.putObject("timings");
        timings.put("compileMs", judgement.timings().compileMs());
        timings.put("runMs", judgement.timings().runMs());
        timings.put("totalMs", judgement.timings().totalMs());
        if (report.readability() == null) {
            node.putNull("readability");
        } else {
            node.set("readability", readability(report.readability()));
        }
        if (report.scores() == null) {
            node.putNull("scores");
            node.putNull("debrief");
        } else {
            node.set("scores", scores(report.scores()));
            ObjectNode debrief = node.putObject("debrief");
            debrief.put("meta", report.scores().debrief().meta());
            debrief.put("amazon", report.scores().debrief().amazon());
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
