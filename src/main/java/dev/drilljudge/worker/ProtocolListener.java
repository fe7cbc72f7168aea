package dev.drilljudge.worker;

import dev.drilljudge.worker.protocol.Event;
import dev.drilljudge.worker.protocol.PlanNode;
import dev.drilljudge.worker.protocol.TestOutcome;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reports JUnit's progress to the judge as signed events; the judge keeps its own accounting from them. */
final class ProtocolListener implements TestExecutionListener {
    private final ReportChannel channel;
    private final FailureClassifier classifier;
    private final BoundedCapture capture;
    private final TestCpuClock cpuClock;
    private byte[] memoryReserve = new byte[2 * 1024 * 1024];
    private volatile String inFlightTestId;
    private volatile long inFlightCpuStartNanos;

    ProtocolListener(ReportChannel channel, FailureClassifier classifier, BoundedCapture capture,
                     TestCpuClock cpuClock) {
        this.channel = channel;
        this.classifier = classifier;
        this.capture = capture;
        this.cpuClock = cpuClock;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        List<PlanNode> nodes = new ArrayList<>();
        for (TestIdentifier root : testPlan.getRoots()) {
            addSubtree(testPlan, root, nodes);
        }
        channel.send(new Event.Plan(nodes));
    }

    private void addSubtree(TestPlan testPlan, TestIdentifier node, List<PlanNode> nodes) {
        nodes.add(describe(node));
        for (TestIdentifier child : testPlan.getChildren(node)) {
            addSubtree(testPlan, child, nodes);
        }
    }

    @Override
    public void dynamicTestRegistered(TestIdentifier testIdentifier) {
        channel.send(new Event.Plan(List.of(describe(testIdentifier))));
    }

    @Override
    public void executionStarted(TestIdentifier testIdentifier) {
        if (testIdentifier.isTest()) {
            inFlightTestId = testIdentifier.getUniqueId();
            channel.send(new Event.Started(testIdentifier.getUniqueId()));
            // Read last, so the CPU time of reporting the start is not the test's.
            inFlightCpuStartNanos = cpuClock.nowNanos();
        }
    }

    /**
     * JUnit treats OutOfMemoryError as unrecoverable and rethrows it out of the launcher, skipping
     * executionFinished: the worker reports the test in flight itself before it stops.
     */
    void reportUnrecoverable(Throwable failure) {
        memoryReserve = null;
        String testId = inFlightTestId;
        if (testId != null) {
            channel.send(new Event.Finished(testId, classifier.classify(failure), classifier.message(failure),
                    cpuSinceStart()));
        }
    }

    /**
     * A skipped test never ran, so it is not passed: the judge counts it as failed. A skipped container takes its
     * tests with it, and each is reported.
     */
    @Override
    public void executionSkipped(TestIdentifier testIdentifier, String reason) {
        String message = "skipped, so not passed" + (reason == null || reason.isBlank() ? "" : ": " + reason);
        if (testIdentifier.isTest()) {
            channel.send(new Event.Skipped(testIdentifier.getUniqueId(), message, 0));
        } else {
            channel.send(new Event.ContainerFailed(testIdentifier.getUniqueId(), TestOutcome.RUNTIME_ERROR, message));
        }
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
        Throwable failure = result.getThrowable().orElse(null);
        if (failure instanceof OutOfMemoryError) {
            // Free the reserve so reporting the failure cannot itself run out of memory.
            memoryReserve = null;
        }
        if (!testIdentifier.isTest()) {
            if (failure != null) {
                channel.send(new Event.ContainerFailed(testIdentifier.getUniqueId(), classifier.classify(failure),
                        classifier.message(failure)));
            }
            return;
        }
        long cpuNanos = cpuSinceStart();
        inFlightTestId = null;
        String message = failure == null ? "" : classifier.message(failure);
        if (!capture.exceeded() && result.getStatus() == TestExecutionResult.Status.ABORTED) {
            channel.send(new Event.Skipped(testIdentifier.getUniqueId(),
                    "aborted, so not passed" + (message.isEmpty() ? "" : ": " + message), cpuNanos));
            return;
        }
        channel.send(new Event.Finished(testIdentifier.getUniqueId(), outcomeOf(result, failure), message, cpuNanos));
    }

    private long cpuSinceStart() {
        return Math.max(0, cpuClock.nowNanos() - inFlightCpuStartNanos);
    }

    private TestOutcome outcomeOf(TestExecutionResult result, Throwable failure) {
        if (capture.exceeded()) {
            return TestOutcome.OUTPUT_LIMIT_EXCEEDED;
        }
        return result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? TestOutcome.PASSED
                : failure == null ? TestOutcome.RUNTIME_ERROR : classifier.classify(failure);
    }

    private static PlanNode describe(TestIdentifier identifier) {
        String className = "";
        String methodName = "";
        TestSource source = identifier.getSource().orElse(null);
        if (source instanceof MethodSource methodSource) {
            className = methodSource.getClassName();
            methodName = methodSource.getMethodName();
        }
        String tags = identifier.getTags().stream().map(TestTag::getName).sorted().collect(Collectors.joining(","));
        return new PlanNode(identifier.getUniqueId(), identifier.getParentId().orElse(""), identifier.isTest(),
                className, methodName, identifier.getDisplayName(), tags);
    }
}
