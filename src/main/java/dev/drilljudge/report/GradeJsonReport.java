package dev.drilljudge.report;

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
 * that match no problem.
 */
public final class GradeJsonReport {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public String render(GradeSheet sheet) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(sheet));
    }

    public ObjectNode toJson(GradeSheet sheet) {
        ObjectNode document = JSON.createObjectNode();
        ObjectNode summary = document.putObject("summary");
        summary.put("graded", sheet.submissions().size());
        summary.put("accepted", sheet.acceptedCount());
        summary.put("meetingThresholds", sheet.passingCount());
        summary.put("passed", sheet.allPass());
        ArrayNode problems = document.putArray("problems");
        for (GradedSubmission graded : sheet.submissions()) {
            ObjectNode node = JsonReport.toJson(graded.report());
            // `judge submit --json` leaves out what did not run; a grade lists every part for every problem.
            for (String part : List.of("readability", "scores", "debrief")) {
                if (!node.has(part)) {
                    node.putNull(part);
                }
            }
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
