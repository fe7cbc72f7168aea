package dev.drilljudge.report.grade;

import com.networknt.schema.ValidationMessage;
import dev.drilljudge.result.GradeSheet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportTest {
    private static final Map<String, RuleDescription> REGISTRY = Map.of(
            "NAME_PLACEHOLDER", new RuleDescription("NAME_PLACEHOLDER", "Placeholder names such as temp or data.",
                    "A bar raiser reads `temp` as a lack of operational clarity. Name the value for what it holds."),
            "UNGUARDED_INPUT", new RuleDescription("UNGUARDED_INPUT", "Input used without a guard.",
                    "Guard null, empty and boundary inputs before using them."));

    private final SarifReport report = new SarifReport(REGISTRY, "0.1.0");

    @Test
    void validatesAgainstTheSarif210Schema() throws Exception {
        assertThat(schemaErrors(report.render(ReportFixtures.sheet()))).isEmpty();
    }

    @Test
    void theSchemaCheckRejectsAnInvalidLog() throws Exception {
        ObjectNode log = report.toJson(ReportFixtures.sheet());
        ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");

        assertThat(schemaErrors(log.toString())).isNotEmpty();
    }

    @Test
    void findingsAreResultsAtTheirLinesInTheRepo() {
        JsonNode results = report.toJson(ReportFixtures.sheet()).get("runs").get(0).get("results");

        assertThat(results).hasSize(5);
        JsonNode placeholder = results.get(0);
        assertThat(placeholder.get("ruleId").asString()).isEqualTo("NAME_PLACEHOLDER");
        assertThat(placeholder.get("level").asString()).isEqualTo("warning");
        assertThat(placeholder.get("message").get("text").asString())
                .isEqualTo("`temp` says nothing about what it holds. Fix: Rename it to what it holds, e.g. complement.");
        JsonNode location = placeholder.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo("submissions/two-sum/Solution.java");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(8);
        assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(13);
        assertThat(placeholder.get("properties").get("problem").asString()).isEqualTo("two-sum");

        assertThat(results).extracting(result -> result.get("ruleId").asString() + ":" + result.get("level").asString())
                .containsExactly("NAME_PLACEHOLDER:warning", "NAME_SHORT:note", "UNGUARDED_INPUT:error",
                        "MAGIC_NUMBER:note", "COMPILE_ERROR:error");
    }

    @Test
    void compileErrorsAreErrorLevelResultsWithEncodedUris() {
        JsonNode results = report.toJson(ReportFixtures.sheet()).get("runs").get(0).get("results");
        JsonNode compile = results.get(4);

        assertThat(compile.get("message").get("text").asString()).isEqualTo("';' expected");
        JsonNode location = compile.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asString())
                .isEqualTo("submissions/merge-intervals/My%20Solution.java");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(4);
        assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(20);
    }

    @Test
    void rulesCarryRegistryMetadataOncePerRule() {
        JsonNode driver = report.toJson(ReportFixtures.sheet()).get("runs").get(0).get("tool").get("driver");
        JsonNode rules = driver.get("rules");

        assertThat(driver.get("name").asString()).isEqualTo("Drill Judge");
        assertThat(driver.get("version").asString()).isEqualTo("0.1.0");
        assertThat(rules).extracting(rule -> rule.get("id").asString())
                .containsExactly("NAME_PLACEHOLDER", "NAME_SHORT", "UNGUARDED_INPUT", "MAGIC_NUMBER", "COMPILE_ERROR");
        JsonNode placeholder = rules.get(0);
        assertThat(placeholder.get("shortDescription").get("text").asString())
                .isEqualTo("Placeholder names such as temp or data.");
        assertThat(placeholder.get("help").get("text").asString())
                .isEqualTo("A bar raiser reads `temp` as a lack of operational clarity. Name the value for what it holds.");
        assertThat(placeholder.get("properties").get("tags")).extracting(JsonNode::asString)
                .containsExactly("readability", "naming");
        // A rule missing from the registry still gets metadata, from the finding.
        assertThat(rules.get(1).get("shortDescription").get("text").asString()).isEqualTo("Readability (naming): NAME_SHORT");
        assertThat(rules.get(1).get("help").get("text").asString()).isEqualTo("Name it openBrackets.");
        assertThat(rules.get(4).get("defaultConfiguration").get("level").asString()).isEqualTo("error");

        JsonNode results = report.toJson(ReportFixtures.sheet()).get("runs").get(0).get("results");
        assertThat(results).extracting(result -> result.get("ruleIndex").asInt()).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void anEmptyGradeIsAValidLogWithNoResults() throws Exception {
        String sarif = report.render(new GradeSheet(List.of(), List.of()));

        assertThat(schemaErrors(sarif)).isEmpty();
        assertThat(report.toJson(new GradeSheet(List.of(), List.of())).get("runs").get(0).get("results")).isEmpty();
    }

    static Set<ValidationMessage> schemaErrors(String sarif) throws Exception {
        return ReportSchemas.sarifErrors(sarif);
    }
}
