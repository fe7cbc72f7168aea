package dev.drilljudge.report.grade;

import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.verdict.Verdict;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The grade as JUnit XML in the Surefire shape that GitHub and GitLab test reporters and Jenkins read:
 * one {@code testsuite} per problem, one {@code testcase} per hidden test.
 * <p>
 * A wrong answer is a {@code failure} (an assertion did not hold); a crash or a limit breach is an {@code error};
 * a test the run never reached is {@code skipped}. A verdict without failing tests (a compile error, a security
 * violation, a judge error) gets one extra testcase carrying it, so a rejected problem is never shown green.
 */
public final class JunitXmlReport implements GradeReportFormat {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Override
    public String optionName() {
        return "--junit-xml";
    }

    @Override
    public String render(GradeSheet sheet) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            writeSuites(xml, sheet);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit XML report", e);
        }
        return out.toString();
    }

    private void writeSuites(XMLStreamWriter xml, GradeSheet sheet) throws XMLStreamException {
        List<SuiteCounts> counts = sheet.submissions().stream().map(SuiteCounts::of).toList();
        xml.writeStartElement("testsuites");
        xml.writeAttribute("name", "drill-judge grade");
        xml.writeAttribute("tests", Integer.toString(counts.stream().mapToInt(SuiteCounts::tests).sum()));
        xml.writeAttribute("failures", Integer.toString(counts.stream().mapToInt(SuiteCounts::failures).sum()));
        xml.writeAttribute("errors", Integer.toString(counts.stream().mapToInt(SuiteCounts::errors).sum()));
        xml.writeAttribute("skipped", Integer.toString(counts.stream().mapToInt(SuiteCounts::skipped).sum()));
        xml.writeAttribute("time", seconds(sheet.submissions().stream()
                .mapToLong(graded -> graded.report().judgement().timings().totalMs()).sum()));
        for (int index = 0; index < counts.size(); index++) {
            xml.writeCharacters("\n  ");
            writeSuite(xml, sheet.submissions().get(index), counts.get(index));
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
    }

    private void writeSuite(XMLStreamWriter xml, GradedSubmission graded, SuiteCounts counts)
            throws XMLStreamException {
        Judgement judgement = graded.report().judgement();
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", XmlText.clean(graded.rowName()));
        xml.writeAttribute("tests", Integer.toString(counts.tests()));
        xml.writeAttribute("failures", Integer.toString(counts.failures()));
        xml.writeAttribute("errors", Integer.toString(counts.errors()));
        xml.writeAttribute("skipped", Integer.toString(counts.skipped()));
        xml.writeAttribute("time", seconds(judgement.timings().totalMs()));
        writeProperties(xml, graded);
        for (TestResult result : judgement.results()) {
            writeTestcase(xml, graded.rowName(), result);
        }
        if (counts.verdictCase()) {
            writeVerdictCase(xml, graded);
        }
        if (!judgement.candidateOutput().isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(XmlText.clean(judgement.candidateOutput()));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private void writeProperties(XMLStreamWriter xml, GradedSubmission graded) throws XMLStreamException {
        Judgement judgement = graded.report().judgement();
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        if (!graded.student().isEmpty()) {
            writeProperty(xml, "student", graded.student());
        }
        writeProperty(xml, "title", graded.title());
        writeProperty(xml, "verdict", judgement.verdict().name());
        writeProperty(xml, "headline", judgement.headline());
        String reason = FailureReason.of(graded);
        if (!reason.isEmpty()) {
            writeProperty(xml, "reason", reason);
        }
        if (graded.report().scores() != null) {
            writeProperty(xml, "meta", Integer.toString(graded.report().scores().meta().total()));
            writeProperty(xml, "amazon", Integer.toString(graded.report().scores().amazon().total()));
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private void writeProperty(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", XmlText.clean(value));
    }

    private void writeTestcase(XMLStreamWriter xml, String problemId, TestResult result) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", XmlText.clean(testName(result)));
        xml.writeAttribute("classname", XmlText.clean(problemId + "." + testClass(result)));
        xml.writeAttribute("time", seconds(result.timeMs()));
        if (result.status() == TestStatus.NOT_RUN) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", "not run: the run stopped before this test");
        } else if (result.status().asVerdict() == Verdict.WRONG_ANSWER) {
            writeProblem(xml, "failure", result.status().name(), result.message());
        } else if (!result.passed()) {
            writeProblem(xml, "error", result.status().name(), result.message());
        }
        xml.writeEndElement();
    }

    /**
     * The testcase of a verdict without failing tests. NOT_SUBMITTED is a failure (the assignment was not done);
     * a compile error, a security violation or a judge error is an error. Its message is the row's reason.
     */
    private void writeVerdictCase(XMLStreamWriter xml, GradedSubmission graded) throws XMLStreamException {
        Judgement judgement = graded.report().judgement();
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", judgement.verdict().name().toLowerCase(Locale.ROOT));
        xml.writeAttribute("classname", XmlText.clean(graded.rowName()));
        xml.writeAttribute("time", seconds(judgement.timings().compileMs()));
        String details = judgement.diagnostics().stream().map(JunitXmlReport::describe)
                .collect(Collectors.joining("\n"));
        writeProblem(xml, judgement.verdict() == Verdict.NOT_SUBMITTED ? "failure" : "error",
                judgement.verdict().name(), FailureReason.of(graded),
                details.isEmpty() ? judgement.headline() : judgement.headline() + "\n" + details);
        xml.writeEndElement();
    }

    /** A failure or error element: the first line as its message attribute, the whole text as its body. */
    private void writeProblem(XMLStreamWriter xml, String element, String type, String text)
            throws XMLStreamException {
        writeProblem(xml, element, type, firstLine(XmlText.clean(text)), text);
    }

    private void writeProblem(XMLStreamWriter xml, String element, String type, String message, String text)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("message", XmlText.clean(message));
        xml.writeAttribute("type", type);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private static String describe(Diagnostic diagnostic) {
        if (diagnostic.file().isEmpty()) {
            return diagnostic.message();
        }
        return diagnostic.file() + ":" + diagnostic.line() + ":" + diagnostic.column() + ": " + diagnostic.message();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** The display name the candidate sees in verdict lines, or the method when the test has none. */
    private static String testName(TestResult result) {
        if (result.displayName() != null && !result.displayName().isBlank()) {
            return result.displayName();
        }
        int dot = result.name().lastIndexOf('.');
        return dot < 0 ? result.name() : result.name().substring(dot + 1);
    }

    private static String testClass(TestResult result) {
        int dot = result.name().lastIndexOf('.');
        return dot < 0 ? "HiddenTests" : result.name().substring(0, dot);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** The attribute counts of one testsuite, including the extra verdict testcase when there is one. */
    private record SuiteCounts(int tests, int failures, int errors, int skipped, boolean verdictCase) {
        static SuiteCounts of(GradedSubmission graded) {
            Judgement judgement = graded.report().judgement();
            int failures = 0;
            int errors = 0;
            int skipped = 0;
            for (TestResult result : judgement.results()) {
                if (result.status().asVerdict() == Verdict.WRONG_ANSWER) {
                    failures++;
                } else if (result.status() == TestStatus.NOT_RUN) {
                    skipped++;
                } else if (result.status() != TestStatus.PASSED) {
                    errors++;
                }
            }
            boolean verdictCase = !judgement.verdict().isAccepted() && failures == 0 && errors == 0;
            boolean verdictFailure = verdictCase && judgement.verdict() == Verdict.NOT_SUBMITTED;
            int tests = judgement.results().size() + (verdictCase ? 1 : 0);
            return new SuiteCounts(tests, failures + (verdictFailure ? 1 : 0),
                    errors + (verdictCase && !verdictFailure ? 1 : 0), skipped, verdictCase);
        }
    }
}
