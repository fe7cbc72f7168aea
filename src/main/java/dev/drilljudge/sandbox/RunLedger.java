package dev.drilljudge.sandbox;

import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.worker.protocol.PlanNode;
import dev.drilljudge.worker.protocol.TestOutcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The judge's accounting of one run across however many workers it took: the test tree, which test is in
 * flight, and every result. A test only passes when a correctly signed FINISHED event says so; everything
 * else (killed, crashed, never reached, aborted, skipped) is decided here, and every planned test gets a result:
 * the total is the number of tests discovered.
 */
final class RunLedger {
    private final Map<String, PlanNode> nodes = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    private final Map<String, TestRun> results = new LinkedHashMap<>();
    private final StringBuilder candidateOutput = new StringBuilder();
    private String inFlightId;
    private long inFlightStartNanos;

    void addNodes(List<PlanNode> planned) {
        for (PlanNode node : planned) {
            if (nodes.putIfAbsent(node.uniqueId(), node) == null) {
                children.computeIfAbsent(node.parentId(), key -> new ArrayList<>()).add(node.uniqueId());
            }
        }
    }

    boolean hasPlan() {
        return !nodes.isEmpty();
    }

    void started(String uniqueId, long nowNanos) {
        if (nodes.containsKey(uniqueId) && !results.containsKey(uniqueId)) {
            inFlightId = uniqueId;
            inFlightStartNanos = nowNanos;
        }
    }

    String inFlight() {
        return inFlightId;
    }

    long inFlightStartNanos() {
        return inFlightStartNanos;
    }

    void finished(String uniqueId, TestOutcome outcome, String message, long nowNanos) {
        finished(uniqueId, outcome, message, nowNanos, 0, null);
    }

    /**
     * @param overCpuLimit when not null, the test used more CPU time than its limit: whatever it did, it is
     *                     TIME_LIMIT_EXCEEDED with this message
     */
    void finished(String uniqueId, TestOutcome outcome, String message, long nowNanos, long cpuMs,
                  String overCpuLimit) {
        if (overCpuLimit != null) {
            end(uniqueId, TestOutcome.TIME_LIMIT_EXCEEDED, overCpuLimit, nowNanos, cpuMs);
        } else {
            end(uniqueId, outcome, message, nowNanos, cpuMs);
        }
    }

    /**
     * JUnit skipped or aborted the test: it did not pass. A test a candidate's code made abort (an assumption on its
     * result, an abort reached through a library) ended abnormally, as a crash does: RUNTIME_ERROR, whatever its CPU
     * time.
     */
    void skipped(String uniqueId, String message, long nowNanos, long cpuMs) {
        end(uniqueId, TestOutcome.RUNTIME_ERROR, message, nowNanos, cpuMs);
    }

    private void end(String uniqueId, TestOutcome outcome, String message, long nowNanos, long cpuMs) {
        if (!nodes.containsKey(uniqueId) || results.containsKey(uniqueId)) {
            return;
        }
        record(uniqueId, TestStatus.of(outcome), elapsedMs(uniqueId, nowNanos), cpuMs, message);
        if (uniqueId.equals(inFlightId)) {
            inFlightId = null;
        }
    }

    /** Ends the test in flight with an outcome the judge decided (time limit, crash). */
    void endInFlight(TestOutcome outcome, String message, long nowNanos) {
        endInFlight(outcome, message, nowNanos, 0);
    }

    /** Ends the test in flight with an outcome the judge decided, charging the CPU time the OS saw it use. */
    void endInFlight(TestOutcome outcome, String message, long nowNanos, long cpuMs) {
        if (inFlightId != null) {
            record(inFlightId, TestStatus.of(outcome), elapsedMs(inFlightId, nowNanos), cpuMs, message);
            inFlightId = null;
        }
    }

    /** Forgets the test in flight without a result, so a fresh worker runs it again (it was starved of CPU). */
    void abandonInFlight() {
        inFlightId = null;
    }

    /** CPU time charged to every finished test so far. */
    long chargedCpuMs() {
        return results.values().stream().mapToLong(TestRun::cpuMs).sum();
    }

    /** The 1-based position of a test in the run order, for messages. */
    int numberOf(String testId) {
        return orderedTestIds().indexOf(testId) + 1;
    }

    /** A class or its setup failed: its tests that never started get that failure. */
    void containerFailed(String containerId, TestOutcome outcome, String message) {
        for (String testId : testsUnder(containerId)) {
            if (!results.containsKey(testId) && !testId.equals(inFlightId)) {
                record(testId, TestStatus.of(outcome), 0, 0, message);
            }
        }
    }

    void appendOutput(String text) {
        candidateOutput.append(text);
    }

    String candidateOutput() {
        return candidateOutput.toString();
    }

    boolean hasFailure() {
        return results.values().stream().anyMatch(run -> run.status() != TestStatus.PASSED);
    }

    /** Whether a test ahead of this position in the run order already ended in a failure (not NOT_RUN). */
    boolean failedBefore(int testNumber) {
        List<String> order = orderedTestIds();
        for (int index = 0; index < Math.min(testNumber - 1, order.size()); index++) {
            TestRun run = results.get(order.get(index));
            if (run != null && run.status() != TestStatus.PASSED && run.status() != TestStatus.NOT_RUN) {
                return true;
            }
        }
        return false;
    }

    boolean hasUnfinishedTests() {
        return orderedTestIds().stream().anyMatch(id -> !results.containsKey(id));
    }

    void markUnfinished(TestStatus status, String message) {
        for (String testId : orderedTestIds()) {
            if (!results.containsKey(testId)) {
                record(testId, status, 0, 0, message);
            }
        }
    }

    /**
     * What a fresh worker must not run again: finished tests, and the parameterised containers whose
     * invocations already started (their invocations are generated at run time and cannot be picked singly).
     */
    Set<String> idsToExclude() {
        Set<String> excluded = new HashSet<>();
        for (String testId : results.keySet()) {
            PlanNode node = nodes.get(testId);
            excluded.add(testId);
            if (node != null && !isStatic(node)) {
                excluded.add(node.parentId());
            }
        }
        return excluded;
    }

    List<TestRun> orderedResults() {
        List<TestRun> ordered = new ArrayList<>();
        for (String testId : orderedTestIds()) {
            TestRun run = results.get(testId);
            if (run != null) {
                ordered.add(run);
            }
        }
        return ordered;
    }

    private boolean isStatic(PlanNode test) {
        PlanNode parent = nodes.get(test.parentId());
        return parent == null || !parent.methodName().equals(test.methodName()) || parent.methodName().isEmpty();
    }

    private void record(String testId, TestStatus status, long timeMs, long cpuMs, String message) {
        PlanNode node = nodes.get(testId);
        results.put(testId, new TestRun(testId, node.className(), node.methodName(), displayName(node),
                tagsOf(node), status, timeMs, cpuMs, message));
    }

    /** Parameterised invocations are named "[1] 3, 5": prefix the method's own display name. */
    private String displayName(PlanNode node) {
        PlanNode parent = nodes.get(node.parentId());
        if (parent != null && !parent.methodName().isEmpty() && parent.methodName().equals(node.methodName())) {
            return parent.displayName() + " " + node.displayName();
        }
        return node.displayName();
    }

    private Set<String> tagsOf(PlanNode node) {
        Set<String> tags = new HashSet<>();
        PlanNode current = node;
        while (current != null) {
            if (!current.tags().isEmpty()) {
                tags.addAll(Arrays.asList(current.tags().split(",")));
            }
            current = nodes.get(current.parentId());
        }
        return tags;
    }

    private long elapsedMs(String testId, long nowNanos) {
        return testId.equals(inFlightId) ? TimeUnit.NANOSECONDS.toMillis(nowNanos - inFlightStartNanos) : 0;
    }

    private List<String> orderedTestIds() {
        List<String> ordered = new ArrayList<>();
        for (String rootId : children.getOrDefault("", List.of())) {
            collectTests(rootId, ordered);
        }
        return ordered;
    }

    private List<String> testsUnder(String containerId) {
        List<String> tests = new ArrayList<>();
        collectTests(containerId, tests);
        return tests;
    }

    private void collectTests(String nodeId, List<String> into) {
        PlanNode node = nodes.get(nodeId);
        if (node != null && node.test()) {
            into.add(nodeId);
        }
        for (String childId : children.getOrDefault(nodeId, List.of())) {
            collectTests(childId, into);
        }
    }
}
