package dev.drilljudge.report.grade;

import dev.drilljudge.result.GradeSheet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NOT_SUBMITTED and cohort rows in every grade format, with exact values: a problem of the assignment that was not
 * submitted is a failed row everywhere, and every row of a cohort names its student.
 */
class GradeStatusReportsTest {
    private static final GradeSheet ONE_REPO = new GradeSheet(
            List.of(ReportFixtures.notSubmittedLru(""), ReportFixtures.acceptedTwoSum()), List.of(), false, List.of(),
            List.of("lru-cache", "two-sum"), "file:///work/repo/");

    @Test
    void jsonRowsCarryTheStatusTheReasonAndTheStudent() {
        JsonNode document = new GradeJsonReport().toJson(ONE_REPO);
        JsonNode row = document.get("problems").get(0);

        assertThat(document.get("summary").toString()).isEqualTo(
                "{\"graded\":2,\"accepted\":1,\"meetingThresholds\":1,\"notSubmitted\":1,\"passed\":false}");
        assertThat(row.get("verdict").asString()).isEqualTo("NOT_SUBMITTED");
        assertThat(row.get("headline").asString()).isEqualTo("NOT_SUBMITTED: no folder submissions/lru-cache");
        assertThat(row.get("reason").asString()).isEqualTo("NOT_SUBMITTED: no folder submissions/lru-cache");
        assertThat(row.get("student").asString()).isEmpty();
        assertThat(row.get("timing").asString()).isEqualTo("unscored");
        assertThat(row.get("thresholds").toString()).isEqualTo("{\"met\":false,\"unmet\":[\"not submitted\"]}");
        assertThat(document.get("expected").toString()).isEqualTo("[\"lru-cache\",\"two-sum\"]");
        assertThat(document.get("root").asString()).isEqualTo("file:///work/repo/");
        assertThat(document.get("cohort").asBoolean()).isFalse();
        assertThat(document.get("problems").get(1).get("reason").asString()).isEmpty();
    }

    @Test
    void junitHasAFailedTestcaseForANotSubmittedProblem() throws Exception {
        Element suite = suites(new JunitXmlReport().render(ONE_REPO)).get(0);

        assertThat(suite.getAttribute("name")).isEqualTo("lru-cache");
        assertThat(suite.getAttribute("tests")).isEqualTo("1");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        Element testcase = (Element) suite.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("not_submitted");
        Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("NOT_SUBMITTED");
        assertThat(failure.getAttribute("message")).isEqualTo("NOT_SUBMITTED: no folder submissions/lru-cache");
        ReportSchemas.validateJunitXml(new JunitXmlReport().render(ONE_REPO));
    }

    @Test
    void sarifHasAnErrorAtTheMissingFolderAndUrisRelativeToTheRepoRoot() throws Exception {
        JsonNode run = new SarifReport(Map.of(), "0.1.0").toJson(ONE_REPO).get("runs").get(0);
        JsonNode result = run.get("results").get(0);

        assertThat(run.get("originalUriBaseIds").toString()).isEqualTo(
                "{\"%SRCROOT%\":{\"uri\":\"file:///work/repo/\",\"description\":{\"text\":\"The practice repo's root.\"}}}");
        assertThat(result.get("ruleId").asString()).isEqualTo("NOT_SUBMITTED");
        assertThat(result.get("level").asString()).isEqualTo("error");
        assertThat(result.get("message").get("text").asString())
                .isEqualTo("NOT_SUBMITTED: no folder submissions/lru-cache");
        assertThat(result.get("locations").get(0).get("physicalLocation").toString())
                .isEqualTo("{\"artifactLocation\":{\"uri\":\"submissions/lru-cache\",\"uriBaseId\":\"%SRCROOT%\"}}");
        assertThat(ReportSchemas.sarifErrors(new SarifReport(Map.of(), "0.1.0").render(ONE_REPO))).isEmpty();
    }

    @Test
    void markdownAndTextShowTheRowAsFailedWithItsReason() {
        assertThat(new MarkdownSummary().render(ONE_REPO)).contains(
                "1 of 2 problems accepted; 1 not submitted; 1 of 2 meet the thresholds.",
                "| lru-cache | ❌ NOT_SUBMITTED | — | — | — | NOT_SUBMITTED: no folder submissions/lru-cache | — "
                        + "| **fail**: not submitted |");
        assertThat(new GradeTextSummary().render(ONE_REPO, 1_000)).containsExactly(
                "  FAIL  lru-cache  NOT_SUBMITTED         -  <- not submitted",
                "        NOT_SUBMITTED: no folder submissions/lru-cache",
                "  pass  two-sum    ACCEPTED              2/2 tests  Meta 90 (self-reported time)  Amazon 75",
                "Graded 2 problems in 1.0 s (2.0 submissions/s): 1 accepted, 1 not submitted, 1 of 2 meet the "
                        + "thresholds.");
    }

    @Test
    void aCohortMarkdownHasOneRowPerStudentAndAColumnPerProblemThenWhy() {
        assertThat(new MarkdownSummary().render(ReportFixtures.cohort())).isEqualTo("""
                ## Drill Judge grade

                3 students, 1 of 4 problems accepted; 2 not submitted; 1 of 4 meet the thresholds.

                | Student | lru-cache | two-sum | Passed |
                |---|---|---|---|
                | alice | ❌ NOT_SUBMITTED | ✅ ACCEPTED 2/2<br>Meta 90 · Amazon 75 | 1/2 |
                | bob | ❌ NOT_SUBMITTED | ❌ COMPILE_ERROR | 0/2 |
                | carol | — | — | nothing graded |

                ### Why

                - `alice/lru-cache`: NOT_SUBMITTED: no folder alice/submissions/lru-cache (**fail**: not submitted)
                - `bob/lru-cache`: NOT_SUBMITTED: no folder bob/submissions/lru-cache (**fail**: not submitted)
                - `bob/two-sum`: My Solution.java:4:20: ';' expected (**fail**: not ACCEPTED (COMPILE_ERROR))

                Times marked *self-reported* come from the committed `submissions/.judge/history.jsonl`; the grader cannot verify them.

                Not graded (no problem of that id in the bank): `bob/scratch`
                """);
    }

    @Test
    void aCohortsJunitSuitesAndSarifResultsNameTheStudent() throws Exception {
        GradeSheet cohort = ReportFixtures.cohort();
        List<Element> suites = suites(new JunitXmlReport().render(cohort));

        assertThat(suites).extracting(suite -> suite.getAttribute("name"))
                .containsExactly("alice/lru-cache", "alice/two-sum", "bob/lru-cache", "bob/two-sum");
        Element aliceTwoSum = (Element) suites.get(1).getElementsByTagName("testcase").item(0);
        assertThat(aliceTwoSum.getAttribute("classname")).isEqualTo("alice/two-sum.TwoSumHiddenTest");

        JsonNode results = new SarifReport(Map.of(), "0.1.0").toJson(cohort).get("runs").get(0).get("results");
        assertThat(results).extracting(result -> result.get("properties").get("student").asString() + " "
                        + result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
                        .asString())
                .containsExactly("alice alice/submissions/lru-cache",
                        "alice alice/submissions/two-sum/Solution.java",
                        "bob bob/submissions/lru-cache",
                        "bob bob/submissions/two-sum/My%20Solution.java");
        assertThat(ReportSchemas.sarifErrors(new SarifReport(Map.of(), "0.1.0").render(cohort))).isEmpty();
    }

    @Test
    void theJsonReadsBackIntoTheSameDocument() {
        for (GradeSheet sheet : List.of(ReportFixtures.sheet(), ONE_REPO, ReportFixtures.cohort())) {
            String written = new GradeJsonReport().render(sheet);
            GradeSheet read = new GradeJsonReader().read(new GradeJsonReport().toJson(sheet));

            assertThat(new GradeJsonReport().render(read)).isEqualTo(written);
            assertThat(new MarkdownSummary().render(read)).isEqualTo(new MarkdownSummary().render(sheet));
            assertThat(new JunitXmlReport().render(read)).isEqualTo(new JunitXmlReport().render(sheet));
        }
    }

    private static List<Element> suites(String xml) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = document.getElementsByTagName("testsuite");
        List<Element> elements = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
            elements.add((Element) nodes.item(index));
        }
        return elements;
    }
}
