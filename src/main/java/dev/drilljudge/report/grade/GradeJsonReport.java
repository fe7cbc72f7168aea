package dev.drilljudge.report.grade;

import dev.drilljudge.report.submission.JsonReport;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The grade as one JSON document: a summary, then every graded problem's full result (the same node as
 * `judge submit --json`) with how its time was measured and whether it meets the thresholds, then the folders
 * that match no problem. {@link GradeJsonReader} reads it back: it carries everything the other formats need, so
 * `judge merge-grades` can write every report from the JSON of a cohort's shards.
 */
public final class GradeJsonReport implements GradeReportFormat {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public String optionName() {
        return "--json";
    }

    @Override
    public String render(GradeSheet sheet) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(sheet));
    }

    public ObjectNode toJson(GradeSheet sheet) {
        ObjectNode document = JSON.createObjectNode();
        ObjectNode summary = document.putObject("summary");
        summary.put("graded", sheet.submissions().size());
        summary.put("accepted", sheet.acceptedCount());
        summary.put("meetingThresholds", sheet.passingCount());
        summary.put("notSubmitted", sheet.notSubmittedCount());
        summary.put("passed", sheet.allPass());
        document.put("cohort", sheet.cohort());
        ArrayNode students = document.putArray("students");
        sheet.students().forEach(students::add);
        ArrayNode expected = document.putArray("expected");
        sheet.expected().forEach(expected::add);
        if (sheet.rootUri() == null) {
            document.putNull("root");
        } else {
            document.put("root", sheet.rootUri());
        }
        ArrayNode problems = document.putArray("problems");
        for (GradedSubmission graded : sheet.submissions()) {
            ObjectNode node = JsonReport.toJson(graded.report());
            // `judge submit --json` leaves out what did not run; a grade lists every part for every problem.
            for (String part : List.of("readability", "scores", "debrief")) {
                if (!node.has(part)) {
                    node.putNull(part);
                }
            }
            node.put("student", graded.student());
            node.put("reason", FailureReason.of(graded));
            node.put("title", graded.title());
            node.put("path", graded.sourcePath());
            node.put("timing", timing(graded));
            ObjectNode thresholds = node.putObject("thresholds");
            thresholds.put("met", graded.meetsThresholds());
            ArrayNode unmet = thresholds.putArray("unmet");
            graded.unmetThresholds().forEach(unmet::add);
            problems.add(node);
        }
        ArrayNode unknown = document.putArray("unknownFolders");
        sheet.unknownFolders().forEach(unknown::add);
        return document;
    }

    /** "self-reported" (from the committed history), "not timed", or "unscored". */
    private static String timing(GradedSubmission graded) {
        if (graded.report().scores() == null) {
            return "unscored";
        }
        if (!graded.report().scores().meta().timed()) {
            return "not timed";
        }
        return graded.timingSelfReported() ? "self-reported" : "timed";
    }
}
