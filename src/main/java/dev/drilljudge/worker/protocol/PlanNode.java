package dev.drilljudge.worker.protocol;

/**
 * One node of JUnit's test tree as the worker reports it in a {@link Event.Plan}.
 *
 * @param parentId "" for a root
 * @param test     a test, not a container
 * @param tags     JUnit tags, comma-separated
 */
public record PlanNode(String uniqueId, String parentId, boolean test, String className, String methodName,
                       String displayName, String tags) {
}
