package dev.drilljudge.report.grade;

import dev.drilljudge.result.GradeSheet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JunitXmlReportTest {
    private final JunitXmlReport report = new JunitXmlReport();

    @Test
    void validatesAgainstTheSurefireSchema() {
        String xml = report.render(ReportFixtures.sheet());

        assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
    }

    @Test
    void theSchemaRejectsWhatReportersCannotRead() {
        // Proves the schema check has teeth: a testcase without a name is not JUnit XML.
        String broken = "<testsuites><testsuite name=\"x\" tests=\"1\" failures=\"0\" errors=\"0\">"
                + "<testcase classname=\"x.Y\"/></testsuite></testsuites>";

        assertThatThrownBy(() -> validate(broken)).isInstanceOf(SAXException.class).hasMessageContaining("name");
    }

    @Test
    void oneSuitePerProblemWithTotals() throws Exception {
        Document document = parse(report.render(ReportFixtures.sheet()));
        Element root = document.getDocumentElement();
        List<Element> suites = elements(root.getElementsByTagName("testsuite"));

        assertThat(root.getAttribute("tests")).isEqualTo("7");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("2");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        assertThat(root.getAttribute("time")).isEqualTo("4.050");
        assertThat(suites).extracting(suite -> suite.getAttribute("name"))
                .containsExactly("two-sum", "valid-parentheses", "merge-intervals");
        assertThat(suites).extracting(suite -> suite.getAttribute("tests")).containsExactly("2", "4", "1");
        assertThat(suites).extracting(suite -> suite.getAttribute("failures")).containsExactly("0", "1", "0");
        assertThat(suites).extracting(suite -> suite.getAttribute("errors")).containsExactly("0", "1", "1");
        assertThat(suites).extracting(suite -> suite.getAttribute("time")).containsExactly("1.000", "2.800", "0.250");
    }

    @Test
    void oneTestcasePerHiddenTestWithItsOutcome() throws Exception {
        Element suite = suite(parse(report.render(ReportFixtures.sheet())), "valid-parentheses");
        List<Element> cases = elements(suite.getElementsByTagName("testcase"));

        assertThat(cases).extracting(testcase -> testcase.getAttribute("name"))
                .containsExactly("balanced", "edge: empty string", "perf: deep nesting", "zz");
        assertThat(cases).extracting(testcase -> testcase.getAttribute("classname"))
                .containsOnly("valid-parentheses.ParenthesesHiddenTest");
        assertThat(cases.get(0).getChildNodes().getLength()).isZero();

        Element failure = (Element) cases.get(1).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("WRONG_ANSWER");
        assertThat(failure.getAttribute("message")).isEqualTo("expected true for \"\"");
        assertThat(failure.getTextContent()).isEqualTo("expected true for \"\"\nbut was false");

        Element error = (Element) cases.get(2).getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("type")).isEqualTo("TIME_LIMIT_EXCEEDED");
        assertThat(error.getAttribute("message")).isEqualTo("took longer than 2000 ms");
        assertThat(cases.get(2).getAttribute("time")).isEqualTo("2.000");

        Element skipped = (Element) cases.get(3).getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("not run: the run stopped before this test");
    }

    @Test
    void aCompileErrorIsOneErroredTestcaseWithTheDiagnostics() throws Exception {
        Element suite = suite(parse(report.render(ReportFixtures.sheet())), "merge-intervals");
        List<Element> cases = elements(suite.getElementsByTagName("testcase"));

        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).getAttribute("name")).isEqualTo("compile_error");
        Element error = (Element) cases.get(0).getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("type")).isEqualTo("COMPILE_ERROR");
        // The message names the first compiler error; the body keeps the headline and every diagnostic.
        assertThat(error.getAttribute("message")).isEqualTo("My Solution.java:4:20: ';' expected");
        assertThat(error.getTextContent())
                .isEqualTo("COMPILE_ERROR: 1 error in Solution.java\nMy Solution.java:4:20: ';' expected");
    }

    @Test
    void suitePropertiesCarryVerdictAndScores() throws Exception {
        Element suite = suite(parse(report.render(ReportFixtures.sheet())), "two-sum");
        List<Element> properties = elements(suite.getElementsByTagName("property"));

        assertThat(properties).extracting(property -> property.getAttribute("name") + "=" + property.getAttribute("value"))
                .containsExactly("title=Two Sum", "verdict=ACCEPTED", "headline=ACCEPTED", "meta=90", "amazon=75");
    }

    @Test
    void candidateOutputGoesToSystemOutWithIllegalCharactersReplaced() throws Exception {
        String xml = report.render(ReportFixtures.sheet());
        Element suite = suite(parse(xml), "valid-parentheses");

        assertThat(suite.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo("debug a|b\uFFFD");
        assertThat(xml).doesNotContain("\u0000");
    }

    @Test
    void anEmptyGradeIsAnEmptyValidReport() throws Exception {
        String xml = report.render(new GradeSheet(List.of(), List.of("scratch")));

        validate(xml);
        assertThat(parse(xml).getDocumentElement().getAttribute("tests")).isEqualTo("0");
    }

    static void validate(String xml) throws Exception {
        ReportSchemas.validateJunitXml(xml);
    }

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element suite(Document document, String name) {
        return elements(document.getElementsByTagName("testsuite")).stream()
                .filter(suite -> suite.getAttribute("name").equals(name)).findFirst().orElseThrow();
    }

    static List<Element> elements(NodeList nodes) {
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(index -> (Element) nodes.item(index))
                .toList();
    }
}
