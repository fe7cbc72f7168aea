package dev.drilljudge.report.grade;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class GradeJsonReportTest {
    private final GradeJsonReport report = new GradeJsonReport();

    @Test
    void summaryAndUnknownFolders() {
        JsonNode document = JsonMapper.builder().build().readTree(report.render(ReportFixtures.sheet()));

        assertThat(document.get("summary").toString())
                .isEqualTo("{\"graded\":3,\"accepted\":1,\"meetingThresholds\":1,\"notSubmitted\":0,\"passed\":false}");
        assertThat(document.get("unknownFolders").toString()).isEqualTo("[\"scratch\"]");
        assertThat(document.get("problems")).extracting(problem -> problem.get("problem").asString())
                .containsExactly("two-sum", "valid-parentheses", "merge-intervals");
    }

    @Test
    void everyProblemCarriesTheFullResultModel() {
        JsonNode twoSum = report.toJson(ReportFixtures.sheet()).get("problems").get(0);

        assertThat(twoSum.propertyNames()).containsExactly("problem", "mode", "verdict", "headline", "tests", "results",
                "diagnostics", "timings", "output", "readability", "scores", "debrief", "student", "reason", "title", "path",
                "timing", "thresholds");
        assertThat(twoSum.get("tests").toString()).isEqualTo("{\"passed\":2,\"total\":2}");
        assertThat(twoSum.get("results").get(1).toString()).isEqualTo(
                "{\"number\":2,\"name\":\"TwoSumHiddenTest.duplicates\",\"displayName\":\"edge: duplicates\","
                        + "\"status\":\"PASSED\",\"timeMs\":3,\"cpuMs\":0,\"message\":\"\",\"tags\":[]}");
        assertThat(twoSum.get("timings").toString()).isEqualTo("{\"compileMs\":400,\"runMs\":600,\"totalMs\":1000,\"testsReused\":false,\"candidateReused\":false}");
        assertThat(twoSum.get("readability").get("score").asInt()).isEqualTo(82);
        assertThat(twoSum.get("readability").get("findings").get(0).get("severity").asString()).isEqualTo("major");
        assertThat(twoSum.get("readability").get("findings").get(0).get("rule").asString()).isEqualTo("NAME_PLACEHOLDER");
        assertThat(twoSum.get("scores").get("meta").toString()).isEqualTo(
                "{\"total\":90,\"correctness\":100,\"velocity\":100,\"firstTimeRight\":100,\"complexity\":100,"
                        + "\"elapsedSeconds\":1100,\"targetSeconds\":900,\"rejectedAttempts\":0}");
        assertThat(twoSum.get("scores").get("amazon").toString())
                .isEqualTo("{\"total\":75,\"readability\":70,\"edgeCases\":80,\"correctness\":100}");
        assertThat(twoSum.get("debrief").get("meta").asString()).isEqualTo("Meta: strong signal.");
        assertThat(twoSum.get("timing").asString()).isEqualTo("self-reported");
        assertThat(twoSum.get("path").asString()).isEqualTo("submissions/two-sum");
        assertThat(twoSum.get("thresholds").toString()).isEqualTo("{\"met\":true,\"unmet\":[]}");
    }

    @Test
    void unscoredAndUntimedProblemsSaySo() {
        JsonNode problems = report.toJson(ReportFixtures.sheet()).get("problems");

        assertThat(problems.get(1).get("timing").asString()).isEqualTo("not timed");
        assertThat(problems.get(1).get("scores").get("meta").get("velocity").isNull()).isTrue();
        assertThat(problems.get(2).get("timing").asString()).isEqualTo("unscored");
        assertThat(problems.get(2).get("scores").isNull()).isTrue();
        assertThat(problems.get(2).get("readability").isNull()).isTrue();
        assertThat(problems.get(2).get("diagnostics").get(0).toString()).isEqualTo(
                "{\"file\":\"My Solution.java\",\"line\":4,\"column\":20,\"message\":\"';' expected\"}");
        assertThat(problems.get(2).get("thresholds").get("unmet").get(0).asString())
                .isEqualTo("not ACCEPTED (COMPILE_ERROR)");
    }
}
