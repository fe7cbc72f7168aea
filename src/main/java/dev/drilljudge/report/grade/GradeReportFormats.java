package dev.drilljudge.report.grade;

import java.util.List;
import java.util.Map;

/** Every format `judge grade` writes, in the order its help lists them. */
public final class GradeReportFormats {
    private GradeReportFormats() {
    }

    /**
     * @param rules       the readability rules by id, for SARIF's rule metadata
     * @param toolVersion the judge's version, for SARIF's tool section
     */
    public static List<GradeReportFormat> all(Map<String, RuleDescription> rules, String toolVersion) {
        return List.of(new JunitXmlReport(), new SarifReport(rules, toolVersion), new GradeJsonReport(),
                new MarkdownSummary());
    }
}
