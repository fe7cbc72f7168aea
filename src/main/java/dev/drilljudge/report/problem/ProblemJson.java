package dev.drilljudge.report.problem;

import dev.drilljudge.report.DocumentJson;
import dev.drilljudge.problem.Limits;
import dev.drilljudge.problem.ProblemPackage;
import tools.jackson.databind.node.ObjectNode;

/** `judge show --format json` and GET /api/problems/{id}: the problem, its limits and its statement. */
public final class ProblemJson {
    private ProblemJson() {
    }

    /**
     * {"id", "title", "difficulty", "tags", "targetMinutes", "solved", "limits": {...}, "statement": "markdown",
     * "statementHtml": "html"}.
     */
    public static ObjectNode toJson(ProblemPackage problem, String statementMarkdown, boolean solved) {
        ObjectNode root = ProblemListJson.summary(problem, DocumentJson.mapper().createObjectNode());
        root.put("solved", solved);
        Limits limits = problem.limits();
        ObjectNode limitsNode = root.putObject("limits");
        limitsNode.put("testTimeoutMs", limits.testTimeoutMs());
        limitsNode.put("totalTimeoutMs", limits.totalTimeoutMs());
        limitsNode.put("memoryMb", limits.memoryMb());
        limitsNode.put("outputKb", limits.outputKb());
        root.put("statement", statementMarkdown);
        root.put("statementHtml", StatementHtml.render(statementMarkdown));
        return root;
    }
}
