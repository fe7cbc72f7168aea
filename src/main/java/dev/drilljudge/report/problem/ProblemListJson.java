package dev.drilljudge.report.problem;

import dev.drilljudge.report.DocumentJson;
import dev.drilljudge.problem.ProblemPackage;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;

/** `judge list --format json` and GET /api/problems: the problems shown, each with whether it was solved. */
public final class ProblemListJson {
    private ProblemListJson() {
    }

    /** {"problems": [{"id", "title", "difficulty", "tags", "targetMinutes", "solved"}], "count": N}. */
    public static ObjectNode toJson(List<ProblemPackage> shown, Set<String> solved) {
        ObjectNode root = DocumentJson.mapper().createObjectNode();
        ArrayNode problems = root.putArray("problems");
        for (ProblemPackage problem : shown) {
            ObjectNode node = summary(problem, problems.addObject());
            node.put("solved", solved.contains(problem.id()));
        }
        root.put("count", shown.size());
        return root;
    }

    /** The fields every problem document starts with. */
    static ObjectNode summary(ProblemPackage problem, ObjectNode node) {
        node.put("id", problem.id());
        node.put("title", problem.title());
        node.put("difficulty", problem.difficulty().label());
        ArrayNode tags = node.putArray("tags");
        problem.tags().forEach(tags::add);
        node.put("targetMinutes", problem.targetMinutes());
        return node;
    }
}
