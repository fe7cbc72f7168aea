package dev.drilljudge.worker.protocol;

import java.util.ArrayList;
import java.util.List;

/** One node of JUnit's test tree as the worker reports it in a PLAN event (seven fields per node). */
public record PlanNode(String uniqueId, String parentId, boolean test, String className, String methodName,
                       String displayName, String tags) {
    public static final int FIELD_COUNT = 7;

    public List<String> toFields() {
        return List.of(uniqueId, parentId, test ? "T" : "C", className, methodName, displayName, tags);
    }

    /** The nodes of a PLAN event's fields, in order. */
    public static List<PlanNode> fromFields(List<String> fields) {
        List<PlanNode> nodes = new ArrayList<>();
        for (int start = 0; start + FIELD_COUNT <= fields.size(); start += FIELD_COUNT) {
            nodes.add(new PlanNode(fields.get(start), fields.get(start + 1), "T".equals(fields.get(start + 2)),
                    fields.get(start + 3), fields.get(start + 4), fields.get(start + 5), fields.get(start + 6)));
        }
        return nodes;
    }
}
