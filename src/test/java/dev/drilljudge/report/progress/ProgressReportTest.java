package dev.drilljudge.report.progress;

import dev.drilljudge.problem.Difficulty;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.Category;
import dev.drilljudge.scoring.Style;
import dev.drilljudge.session.DrillService;
import dev.drilljudge.session.HistoryReader;
import dev.drilljudge.session.JudgePaths;
import dev.drilljudge.session.ProgressReport;
import dev.drilljudge.session.TestClock;
import dev.drilljudge.session.TestProblems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static dev.drilljudge.scoring.TestJudgements.accepted;
import static dev.drilljudge.scoring.TestJudgements.finding;
import static dev.drilljudge.scoring.TestJudgements.readability;
import static dev.drilljudge.scoring.TestJudgements.wrong;
import static org.assertj.core.api.Assertions.assertThat;

class ProgressReportTest {
    private static final Instant WEEK_45 = Instant.parse("2026-11-02T09:00:00Z"); // a Monday
    private static final Instant WEEK_46 = Instant.parse("2026-11-10T09:00:00Z");

    @TempDir
    Path temp;
    private ProgressReport report;
    private Path submissions;

    /** Two weeks of practice: two-sum slow then fast, merge-intervals never solved. */
    @BeforeEach
    void practise() {
        submissions = temp.resolve("submissions");
        TestClock clock = new TestClock(WEEK_45.toString());
        DrillService service = new DrillService(submissions, clock);
        Path bank = temp.resolve("problems");
        ProblemPackage twoSum = TestProblems.write(bank, "two-sum", Difficulty.EASY, 15, "meta");
        ProblemPackage merge = TestProblems.write(bank, "merge-intervals", Difficulty.MEDIUM, 25, "meta");

        service.start(twoSum, null, Style.BOTH, false);
        clock.at(WEEK_45, 12, 0);
        service.record(twoSum, wrong("two-sum", 10, 15), readability(60, 40, 70, 80, 60,
                finding("NAME_PLACEHOLDER", Category.NAMING, 3, "`temp`"),
                finding("NAME_PLACEHOLDER", Category.NAMING, 5, "`tmp`"),
                finding("BROAD_CATCH", Category.ERROR_HANDLING, 9, "catch-all")));
        clock.at(WEEK_45, 20, 0);
        service.record(twoSum, accepted("two-sum", 15, 2), readability(70, 60, 80, 80, 60,
                finding("NAME_PLACEHOLDER", Category.NAMING, 3, "`temp`"),
                finding("MAGIC_NUMBER", Category.MODULARITY, 7, "42")));

        clock.at(WEEK_46, 0, 0);
        service.start(twoSum, null, Style.BOTH, true);
        clock.at(WEEK_46, 9, 0);
        service.record(twoSum, accepted("two-sum", 15, 2), readability(90, 100, 90, 80, 90));
        clock.at(WEEK_46, 30, 0);
        service.start(merge, null, Style.META, false);
        clock.at(WEEK_46, 50, 0);
        service.record(merge, wrong("merge-intervals", 5, 10), readability(80, 90, 70, 80, 80,
                finding("INPUT_MUTATED", Category.MODULARITY, 2, "sorts the caller's array")));

        report = ProgressReport.from(HistoryReader.readSubmissions(submissions), ZoneOffset.UTC);
    }

    @Test
    void textHasAProblemLineWeeklyTrendsAndTheTopThreeRules() {
        // Derived by hand (docs/scoring.md formulas), two-sum target 15:00:
        //  W45 wrong 10/15 at 12:00: Meta (40*67 + 20*67)/100 = 40, Amazon 65.1 capped 50
        //  W45 accepted at 20:00 after 1 rejection: velocity 46.7 -> 47, Meta 83, Amazon (40*70+30*80+30*100) = 82
        //  W46 accepted at 9:00 first submit: Meta 100, Amazon (40*90+30*90+30*100) = 93
        //  W46 merge-intervals wrong 5/10: Meta (40*50 + 20*50)/100 = 30, Amazon 68 capped 50
        assertThat(ProgressText.lines(report)).containsExactly(
                "Problems",
                "  merge-intervals          not solved in a drill    1 attempt   best Meta  30  best Amazon  50",
                "  two-sum                  best 9:00 of 15:00       3 attempts  best Meta 100  best Amazon  93",
                "Weekly trends",
                "  2026-W45    2 attempts    1 accepted  Meta avg  62  Amazon avg  66  solve time 133% of target",
                "  2026-W46    2 attempts    1 accepted  Meta avg  65  Amazon avg  72  solve time 60% of target",
                "Readability rules most often broken",
                "  1. NAME_PLACEHOLDER             3 findings",
                "  2. BROAD_CATCH                  1 finding",
                "  3. INPUT_MUTATED                1 finding");
    }

    @Test
    void htmlParsesAsXmlWithOneChartPerSectionAndNothingFetched() throws Exception {
        String html = HtmlProgressReport.render(report, Instant.parse("2026-11-11T08:00:00Z"));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        NodeList sections = document.getElementsByTagNameNS(HtmlProgressReport.XHTML_NS, "section");
        assertThat(sections.getLength()).isEqualTo(3);
        for (int i = 0; i < sections.getLength(); i++) {
            Element section = (Element) sections.item(i);
            assertThat(section.getElementsByTagNameNS(SvgCharts.SVG_NS, "svg").getLength())
                    .as("charts in section %s", section.getAttribute("id")).isEqualTo(1);
        }
        assertThat(((Element) sections.item(0)).getAttribute("id")).isEqualTo("time-to-solve");
        assertThat(((Element) sections.item(1)).getAttribute("id")).isEqualTo("score-trends");
        assertThat(((Element) sections.item(2)).getAttribute("id")).isEqualTo("readability");
        // the score trend draws one point per attempt for each bar
        Element trend = (Element) sections.item(1);
        assertThat(trend.getElementsByTagNameNS(SvgCharts.SVG_NS, "circle").getLength()).isEqualTo(8);
        assertThat(trend.getElementsByTagNameNS(SvgCharts.SVG_NS, "polyline").getLength()).isEqualTo(2);
        // the category chart has one bar per category
        Element categories = (Element) sections.item(2);
        assertThat(categories.getElementsByTagNameNS(SvgCharts.SVG_NS, "rect").getLength()).isEqualTo(4);
        assertThat(html).startsWith("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"");
        assertThat(html).contains("<p class=\"note\">Generated 2026-11-11T08:00:00Z from 4 attempts on 2 problems.</p>");
        assertThat(html).doesNotContain("<script", "<link", "src=", "href=", "https://");
    }

    @Test
    void aTornHistoryLineIsNamedInTheReport() throws Exception {
        Path history = new JudgePaths(submissions).historyFile();
        Files.writeString(history, "{\"event\":\"attempt\",\"ti", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        // 9 complete lines: 3 drill starts, 4 attempts, 2 accepted closes; the torn one is line 10
        ProgressReport withTornLine = ProgressReport.from(HistoryReader.read(history), ZoneOffset.UTC);

        assertThat(withTornLine.problems()).isEqualTo(report.problems());
        assertThat(withTornLine.skipped()).singleElement().extracting(line -> line.lineNumber()).isEqualTo(10);
        assertThat(HtmlProgressReport.render(withTornLine, Instant.EPOCH))
                .contains("<p class=\"warn\">history.jsonl line 10: skipped, not a complete history event (");
    }
}
