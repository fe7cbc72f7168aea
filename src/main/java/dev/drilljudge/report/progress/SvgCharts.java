package dev.drilljudge.report.progress;

import dev.drilljudge.scoring.ClockText;
import dev.drilljudge.session.ProgressReport;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The three inline SVG charts of the HTML progress report, drawn with plain shapes and text. */
final class SvgCharts {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String META_COLOUR = "#1f6fb4";
    private static final String AMAZON_COLOUR = "#e07b00";
    private static final int WIDTH = 640;

    private SvgCharts() {
    }

    /** One row per problem: a bar for the best solve, a dark tick at the target, green when within it. */
    static void timeToSolve(XMLStreamWriter xml, List<ProgressReport.ProblemProgress> problems)
            throws XMLStreamException {
        int rowHeight = 26;
        int labelWidth = 190;
        int height = Math.max(1, problems.size()) * rowHeight + 30;
        startSvg(xml, height, "Best time to solve each problem against its target");
        if (problems.isEmpty()) {
            label(xml, 10, 20, "No attempts yet.", "start");
        }
        long scaleSeconds = 1;
        for (ProgressReport.ProblemProgress problem : problems) {
            scaleSeconds = Math.max(scaleSeconds, 2 * problem.targetSeconds());
            if (problem.bestSolveSeconds() != null) {
                scaleSeconds = Math.max(scaleSeconds, problem.bestSolveSeconds());
            }
        }
        double perSecond = (WIDTH - labelWidth - 20) / (double) scaleSeconds;
        for (int i = 0; i < problems.size(); i++) {
            ProgressReport.ProblemProgress problem = problems.get(i);
            int y = i * rowHeight + 8;
            label(xml, labelWidth - 8, y + 14, problem.problem(), "end");
            if (problem.bestSolveSeconds() != null) {
                boolean withinTarget = problem.bestSolveSeconds() <= problem.targetSeconds();
                rect(xml, labelWidth, y + 3, problem.bestSolveSeconds() * perSecond, 16,
                        withinTarget ? "#3a9b4a" : "#c9453b", problem.problem() + ": "
                                + ClockText.format(problem.bestSolveSeconds()) + " against a target of "
                                + ClockText.format(problem.targetSeconds()));
            } else {
                label(xml, labelWidth + 4, y + 14, "not solved in a drill", "start");
            }
            double targetX = labelWidth + problem.targetSeconds() * perSecond;
            line(xml, targetX, y, targetX, y + 22, "#222", 2);
        }
        label(xml, labelWidth, height - 6, "bar: best time · tick: target · scale 0 to "
                + ClockText.format(scaleSeconds), "start");
        xml.writeEndElement();
    }

    /** Every scored attempt in order: a Meta line and an Amazon line on a 0-100 axis. */
    static void scoreTrend(XMLStreamWriter xml, List<ProgressReport.ScorePoint> points) throws XMLStreamException {
        int height = 240;
        int left = 40;
        int top = 20;
        int plotHeight = 180;
        int plotWidth = WIDTH - left - 20;
        startSvg(xml, height, "Meta and Amazon scores over attempts");
        for (int score = 0; score <= 100; score += 50) {
            double y = top + plotHeight - score * plotHeight / 100.0;
            line(xml, left, y, left + plotWidth, y, "#ddd", 1);
            label(xml, left - 6, y + 4, String.valueOf(score), "end");
        }
        if (points.isEmpty()) {
            label(xml, left + 10, top + 20, "No attempts yet.", "start");
        }
        double step = points.size() > 1 ? plotWidth / (double) (points.size() - 1) : 0;
        for (boolean meta : new boolean[]{true, false}) {
            String colour = meta ? META_COLOUR : AMAZON_COLOUR;
            StringBuilder polyline = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                int score = meta ? points.get(i).meta() : points.get(i).amazon();
                polyline.append(number(left + i * step)).append(',')
                        .append(number(top + plotHeight - score * plotHeight / 100.0)).append(' ');
            }
            if (points.size() > 1) {
                xml.writeEmptyElement("polyline");
                xml.writeAttribute("points", polyline.toString().trim());
                xml.writeAttribute("fill", "none");
                xml.writeAttribute("stroke", colour);
                xml.writeAttribute("stroke-width", "2");
            }
            for (int i = 0; i < points.size(); i++) {
                ProgressReport.ScorePoint point = points.get(i);
                int score = meta ? point.meta() : point.amazon();
                xml.writeStartElement("circle");
                xml.writeAttribute("cx", number(left + i * step));
                xml.writeAttribute("cy", number(top + plotHeight - score * plotHeight / 100.0));
                xml.writeAttribute("r", "3");
                xml.writeAttribute("fill", colour);
                HtmlProgressReport.text(xml, "title", (meta ? "Meta " : "Amazon ") + score + " on "
                        + point.problem() + ", " + point.time());
                xml.writeEndElement();
            }
        }
        legend(xml, left, height - 12, META_COLOUR, "Meta");
        legend(xml, left + 90, height - 12, AMAZON_COLOUR, "Amazon");
        xml.writeEndElement();
    }

    /** One bar per readability category: the mean 0-100 over all attempts. */
    static void categoryBars(XMLStreamWriter xml, Map<String, Integer> categories) throws XMLStreamException {
        int height = 200;
        int top = 20;
        int plotHeight = 140;
        int barWidth = 90;
        startSvg(xml, height, "Mean readability score per category");
        if (categories.isEmpty()) {
            label(xml, 10, top + 20, "No readability results yet.", "start");
        }
        int i = 0;
        for (Map.Entry<String, Integer> category : categories.entrySet()) {
            double x = 40 + i * (barWidth + 50);
            double barHeight = category.getValue() * plotHeight / 100.0;
            String name = HtmlProgressReport.CATEGORY_LABELS.getOrDefault(category.getKey(), category.getKey());
            rect(xml, x, top + plotHeight - barHeight, barWidth, barHeight, "#5b6bbf",
                    name + ": " + category.getValue() + "/100");
            label(xml, x + barWidth / 2.0, top + plotHeight - barHeight - 4, String.valueOf(category.getValue()),
                    "middle");
            label(xml, x + barWidth / 2.0, top + plotHeight + 18, name, "middle");
            i++;
        }
        xml.writeEndElement();
    }

    private static void startSvg(XMLStreamWriter xml, int height, String description) throws XMLStreamException {
        xml.writeStartElement("svg");
        xml.writeDefaultNamespace(SVG_NS);
        xml.writeAttribute("width", String.valueOf(WIDTH));
        xml.writeAttribute("height", String.valueOf(height));
        xml.writeAttribute("viewBox", "0 0 " + WIDTH + " " + height);
        xml.writeAttribute("role", "img");
        xml.writeAttribute("aria-label", description);
        HtmlProgressReport.text(xml, "title", description);
    }

    private static void rect(XMLStreamWriter xml, double x, double y, double width, double height, String fill,
                             String tooltip) throws XMLStreamException {
        xml.writeStartElement("rect");
        xml.writeAttribute("x", number(x));
        xml.writeAttribute("y", number(y));
        xml.writeAttribute("width", number(width));
        xml.writeAttribute("height", number(height));
        xml.writeAttribute("fill", fill);
        HtmlProgressReport.text(xml, "title", tooltip);
        xml.writeEndElement();
    }

    private static void line(XMLStreamWriter xml, double x1, double y1, double x2, double y2, String stroke,
                             int width) throws XMLStreamException {
        xml.writeEmptyElement("line");
        xml.writeAttribute("x1", number(x1));
        xml.writeAttribute("y1", number(y1));
        xml.writeAttribute("x2", number(x2));
        xml.writeAttribute("y2", number(y2));
        xml.writeAttribute("stroke", stroke);
        xml.writeAttribute("stroke-width", String.valueOf(width));
    }

    private static void label(XMLStreamWriter xml, double x, double y, String content, String anchor)
            throws XMLStreamException {
        xml.writeStartElement("text");
        xml.writeAttribute("x", number(x));
        xml.writeAttribute("y", number(y));
        xml.writeAttribute("font-size", "12");
        xml.writeAttribute("text-anchor", anchor);
        xml.writeCharacters(content);
        xml.writeEndElement();
    }

    private static void legend(XMLStreamWriter xml, int x, int y, String colour, String name)
            throws XMLStreamException {
        rect(xml, x, y - 9, 12, 12, colour, name);
        label(xml, x + 18, y + 1, name, "start");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
