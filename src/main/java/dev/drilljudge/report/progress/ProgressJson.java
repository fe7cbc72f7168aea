package dev.drilljudge.report.progress;

import dev.drilljudge.report.DocumentJson;
import dev.drilljudge.session.ProgressReport;
import tools.jackson.databind.node.ObjectNode;

/**
 * `judge report --format json` and GET /api/report: the progress report's model as JSON
 * ({"problems", "weeks", "topRules", "scores", "categories", "skipped"}).
 */
public final class ProgressJson {
    private ProgressJson() {
    }

    public static ObjectNode toJson(ProgressReport report) {
        ObjectNode root = DocumentJson.mapper().valueToTree(report);
        root.put("empty", report.isEmpty());
        return root;
    }
}
