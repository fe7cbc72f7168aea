package dev.drilljudge.report.submission;

import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.verdict.Complexity;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.TestResult;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.TreeSet;

/**
 * The JSON of one judged submission: the public contract read by scripts and CI (documented in the README).
 * Field names never change; new fields may be added.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String render(JudgeReport report) {
        return MAPPER.writeValueAsString(toJson(report));
    }

    static ObjectNode complexityJson(Complexity complexity) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("expected", complexity.expected());
        node.put("exponent", complexity.exponent());
        node.put("looksLike", complexity.looksLike());
        node.put("optimal", complexity.optimal());
        ArrayNode sizes = node.putArray("sizes");
        complexity.sizes().forEach(sizes::add);
        ArrayNode cpuMs = node.putArray("cpuMs");
        complexity.cpuMs().forEach(cpuMs::add);
        node.put("note", complexity.note());
        node.put("targetExponent", complexity.targetExponent());
        node.put("allowedExponent", complexity.allowedExponent());
        ObjectNode answers = node.putObject("answers");
        answers.put("checked", complexity.answers().checked());
        answers.put("wrong", complexity.answers().wrong());
        answers.put("unchecked", complexity.answers().unchecked());
        answers.put("wrongAtSize", complexity.answers().wrongAtSize());
        return node;
    }

    public static ObjectNode toJson(JudgeReport report) {
        Judgement judgement = report.judgement();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("problem", judgement.problemId());
        root.put("mode", judgement.mode().name().toLowerCase(java.util.Locale.ROOT));
        root.put("verdict", judgement.verdict().name());
        root.put("headline", judgement.headline());
        ObjectNode tests = root.putObject("tests");
        tests.put("passed", judgement.passed());
        tests.put("total", judgement.total());
        ArrayNode results = root.putArray("results");
        for (TestResult result : judgement.results()) {
            ObjectNode node = results.addObject();
            node.put("number", result.number());
            node.put("name", result.name());
            node.put("displayName", result.displayName());
            node.put("status", result.status().name());
            node.put("timeMs", result.timeMs());
            node.put("cpuMs", result.cpuMs());
            node.put("message", result.message());
            ArrayNode tags = node.putArray("tags");
            new TreeSet<>(result.tags()).forEach(tags::add);
        }
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic diagnostic : judgement.diagnostics()) {
            ObjectNode node = diagnostics.addObject();
            node.put("file", diagnostic.file());
            node.put("line", diagnostic.line());
            node.put("column", diagnostic.column());
            node.put("message", diagnostic.message());
        }
        ObjectNode timings = root.putObject("timings");
        timings.put("compileMs", judgement.timings().compileMs());
        timings.put("runMs", judgement.timings().runMs());
        timings.put("totalMs", judgement.timings().totalMs());
        timings.put("testsReused", judgement.timings().testsReused());
        timings.put("candidateReused", judgement.timings().candidateReused());
        root.put("output", judgement.candidateOutput());
        if (judgement.complexity() != null) {
            root.set("complexity", complexityJson(judgement.complexity()));
        }
        if (report.readability() != null) {
            root.set("readability", ReadabilityJson.toJson(report.readability()));
        }
        if (report.scores() != null) {
            root.set("scores", ScorecardJson.toJson(report.scores()));
            root.set("debrief", ScorecardJson.debriefJson(report.scores().debrief()));
        }
        return root;
    }
}
