package dev.drilljudge.report.grade;

import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.readability.Severity;
import dev.drilljudge.scoring.AmazonScore;
import dev.drilljudge.scoring.Debrief;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a document written by {@link GradeJsonReport} back into a {@link GradeSheet}, so every report can be
 * written again from it (`judge merge-grades`). A document that is not a grade is an
 * {@link IllegalArgumentException} naming the missing or invalid field.
 */
public final class GradeJsonReader {

    public GradeSheet read(JsonNode document) {
        JsonNode problems = required(document, "problems", "the document");
        if (!problems.isArray()) {
            throw new IllegalArgumentException("\"problems\" is not an array");
        }
        List<GradedSubmission> rows = new ArrayList<>();
        for (JsonNode node : problems) {
            rows.add(row(node));
        }
        JsonNode root = document.path("root");
        return new GradeSheet(rows, strings(document.path("unknownFolders")), document.path("cohort").asBoolean(false),
                strings(document.path("students")), strings(document.path("expected")),
                root.isString() ? root.asString() : null);
    }

    private GradedSubmission row(JsonNode node) {
        String problem = text(node, "problem");
        Judgement judgement = new Judgement(problem,
                RunMode.valueOf(text(node, "mode").toUpperCase(Locale.ROOT)),
                Verdict.valueOf(text(node, "verdict")),
                text(node, "headline"),
                results(required(node, "results", problem)),
                diagnostics(required(node, "diagnostics", problem)),
                timings(required(node, "timings", problem)),
                node.path("output").asString(""));
        JudgeReport report = new JudgeReport(judgement, readability(node.path("readability")),
                scores(node.path("scores"), node.path("debrief")));
        List<String> unmet = strings(node.path("thresholds").path("unmet"));
        return new GradedSubmission(node.path("student").asString(""), node.path("title").asString(problem),
                node.path("path").asString(""), report, "self-reported".equals(node.path("timing").asString("")),
                unmet);
    }

    private static List<TestResult> results(JsonNode array) {
        List<TestResult> results = new ArrayList<>();
        for (JsonNode node : array) {
            Set<String> tags = new LinkedHashSet<>(strings(node.path("tags")));
            results.add(new TestResult(node.path("number").asInt(), text(node, "name"),
                    node.path("displayName").asString(""), tags, TestStatus.valueOf(text(node, "status")),
                    node.path("timeMs").asLong(), node.path("cpuMs").asLong(), node.path("message").asString("")));
        }
        return results;
    }

    private static List<Diagnostic> diagnostics(JsonNode array) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonNode node : array) {
            diagnostics.add(new Diagnostic(node.path("file").asString(""), node.path("line").asLong(),
                    node.path("column").asLong(), node.path("message").asString("")));
        }
        return diagnostics;
    }

    private static Timings timings(JsonNode node) {
        return new Timings(node.path("compileMs").asLong(), node.path("runMs").asLong(), node.path("totalMs").asLong(),
                node.path("testsReused").asBoolean(false), node.path("candidateReused").asBoolean(false));
    }

    private static Readability readability(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        Map<Category, Integer> categories = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            JsonNode score = node.path("categories").path(category.jsonKey());
            if (score.isNumber()) {
                categories.put(category, score.asInt());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : node.path("findings")) {
            findings.add(new Finding(text(finding, "rule"), category(text(finding, "category")),
                    Severity.valueOf(text(finding, "severity").toUpperCase(Locale.ROOT)),
                    finding.path("message").asString(""), finding.path("file").asString(""),
                    finding.path("line").asInt(), finding.path("column").asInt(),
                    finding.path("suggestion").asString("")));
        }
        return new Readability(node.path("score").asInt(), categories, findings, strings(node.path("topFixes")));
    }

    private static Scorecard scores(JsonNode node, JsonNode debrief) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        JsonNode meta = node.path("meta");
        JsonNode amazon = node.path("amazon");
        return new Scorecard(
                new MetaScore(meta.path("total").asInt(), meta.path("correctness").asInt(),
                        meta.path("velocity").isNumber() ? meta.path("velocity").asInt() : null,
                        meta.path("firstTimeRight").asInt(), meta.path("complexity").asInt(),
                        meta.path("elapsedSeconds").isNumber() ? meta.path("elapsedSeconds").asLong() : null,
                        meta.path("targetSeconds").asLong(), meta.path("rejectedAttempts").asInt()),
                new AmazonScore(amazon.path("total").asInt(), amazon.path("readability").asInt(),
                        amazon.path("edgeCases").asInt(), amazon.path("correctness").asInt()),
                node.path("overall").asInt(),
                new Debrief(debrief.path("meta").asString(""), debrief.path("amazon").asString("")));
    }

    private static Category category(String jsonKey) {
        for (Category category : Category.values()) {
            if (category.jsonKey().equals(jsonKey)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown readability category \"" + jsonKey + "\"");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            values.add(value.asString());
        }
        return values;
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("no \"" + field + "\" in " + where);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("no \"" + field + "\" text in " + node.path("problem").asString("a row"));
        }
        return value.asString();
    }
}
