package dev.drilljudge.report.progress;

import dev.drilljudge.scoring.ClockText;
import dev.drilljudge.scoring.Wording;
import dev.drilljudge.session.ProgressReport;
import dev.drilljudge.session.SkippedLine;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * `judge report --html FILE`: one self-contained page (inline CSS and SVG, no script, no CDN, works offline)
 * with one chart per section: time to solve against target, score trends for both bars, readability by category.
 * Written with StAX as well-formed XHTML so it parses as XML as well as HTML.
 */
public final class HtmlProgressReport {
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:760px;color:#222}
            section{margin:2rem 0}h2{font-size:1.15rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}
            table{border-collapse:collapse;margin-top:.8rem;font-size:.9rem}
            th,td{padding:.2rem .7rem;text-align:left;border-bottom:1px solid #eee}
            .warn{color:#a33}.note{color:#666;font-size:.9rem}
            """;

    private HtmlProgressReport() {
    }

    public static String render(ProgressReport report, Instant generatedAt) {
        StringWriter out = new StringWriter();
        write(report, generatedAt, out);
        return out.toString();
    }

    public static void write(ProgressReport report, Instant generatedAt, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeDTD("<!DOCTYPE html>");
            xml.writeStartElement("html");
            xml.writeDefaultNamespace(XHTML_NS);
            xml.writeAttribute("lang", "en");
            head(xml);
            xml.writeStartElement("body");
            text(xml, "h1", "Drill Judge progress");
            text(xml, "p", "Generated " + generatedAt.truncatedTo(ChronoUnit.SECONDS) + " from "
                    + Wording.plural(report.scores().size(), "attempt") + " on " + Wording.plural(report.problems().size(), "problem")
                    + ".", "note");
            for (SkippedLine skipped : report.skipped()) {
                text(xml, "p", skipped.describe("history.jsonl"), "warn");
            }
            timeToSolveSection(xml, report);
            scoreTrendSection(xml, report);
            readabilitySection(xml, report);
            if (!report.debugFixes().isEmpty()) {
                debugSection(xml, report);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the HTML report", e);
        }
    }

    private static void head(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("head");
        xml.writeEmptyElement("meta");
        xml.writeAttribute("charset", "utf-8");
        text(xml, "title", "Drill Judge progress");
        text(xml, "style", STYLE);
        xml.writeEndElement();
    }

    private static void timeToSolveSection(XMLStreamWriter xml, ProgressReport report) throws XMLStreamException {
        startSection(xml, "time-to-solve", "Time to solve against target");
        SvgCharts.timeToSolve(xml, report.problems());
        table(xml, List.of("Problem", "Best time", "Target", "Attempts", "Best Meta", "Best Amazon"),
                report.problems().stream().map(problem -> List.of(problem.problem(),
                        problem.bestSolveSeconds() == null ? "not solved" : ClockText.format(problem.bestSolveSeconds()),
                        ClockText.format(problem.targetSeconds()), String.valueOf(problem.attempts()),
                        String.valueOf(problem.bestMeta()), String.valueOf(problem.bestAmazon()))).toList());
        xml.writeEndElement();
    }

    private static void scoreTrendSection(XMLStreamWriter xml, ProgressReport report) throws XMLStreamException {
        startSection(xml, "score-trends", "Score trends: Meta and Amazon");
        SvgCharts.scoreTrend(xml, report.scores());
        table(xml, List.of("Week", "Attempts", "Accepted", "Meta avg", "Amazon avg", "Solve time vs target"),
                report.weeks().stream().map(week -> List.of(week.week(), String.valueOf(week.attempts()),
                        String.valueOf(week.accepted()), String.valueOf(week.meanMeta()),
                        String.valueOf(week.meanAmazon()),
                        week.solvePercentOfTarget() == null ? "no timed solve" : week.solvePercentOfTarget() + "%"))
                        .toList());
        xml.writeEndElement();
    }

    private static void readabilitySection(XMLStreamWriter xml, ProgressReport report) throws XMLStreamException {
        startSection(xml, "readability", "Readability by category");
        SvgCharts.categoryBars(xml, report.categories());
        text(xml, "h3", "Rules most often broken");
        xml.writeStartElement("ol");
        for (ProgressReport.RuleCount rule : report.topRules()) {
            text(xml, "li", rule.rule() + ": " + Wording.plural(rule.findings(), "finding"));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void debugSection(XMLStreamWriter xml, ProgressReport report) throws XMLStreamException {
        startSection(xml, "debug-drills", "Debug drills: time to fix, fixes against rewrites");
        text(xml, "p", Wording.plural(report.debugFixes().size(), "bug") + " fixed: "
                + (report.debugFixes().size() - report.debugRewrites()) + " by a fix, " + report.debugRewrites()
                + " by a rewrite (a change more than 4× the seeded bug's).");
        table(xml, List.of("Problem", "Time to fix", "Target", "Changed lines", "Seeded bug", "Fix or rewrite", "Debug"),
                report.debugFixes().stream().map(fix -> List.of(fix.problem(),
                        fix.fixSeconds() == null ? "not timed" : ClockText.format(fix.fixSeconds()),
                        ClockText.format(fix.targetSeconds()), String.valueOf(fix.diffLines()),
                        String.valueOf(fix.seededDiffLines()), fix.rewrite() ? "rewrite" : "fix",
                        String.valueOf(fix.total()))).toList());
        xml.writeEndElement();
    }

    private static void startSection(XMLStreamWriter xml, String id, String title) throws XMLStreamException {
        xml.writeStartElement("section");
        xml.writeAttribute("id", id);
        text(xml, "h2", title);
    }

    private static void table(XMLStreamWriter xml, List<String> header, List<List<String>> rows)
            throws XMLStreamException {
        xml.writeStartElement("table");
        xml.writeStartElement("tr");
        for (String cell : header) {
            text(xml, "th", cell);
        }
        xml.writeEndElement();
        for (List<String> row : rows) {
            xml.writeStartElement("tr");
            for (String cell : row) {
                text(xml, "td", cell);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    static void text(XMLStreamWriter xml, String element, String content) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(content);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String content, String cssClass)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("class", cssClass);
        xml.writeCharacters(content);
        xml.writeEndElement();
    }

    /** Category keys as a reader says them. */
    static final Map<String, String> CATEGORY_LABELS = Map.of(
            "naming", "Naming", "edgeCases", "Edge cases", "modularity", "Modularity",
            "errorHandling", "Error handling");
}
