package dev.drilljudge.worker;

import dev.drilljudge.worker.protocol.EventType;
import dev.drilljudge.worker.protocol.PlanNode;
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
    private byte[] memoryReserve = new byte[2 * 1024 * 1024];
    private volatile String inFlightTestId;

    ProtocolListener(ReportChannel channel, FailureClassifier classifier, BoundedCapture capture) {
        this.channel = channel;
        this.classifier = classifier;
        this.capture = capture;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        List<String> fields = new ArrayList<>();
        for (TestIdentifier root : testPlan.getRoots()) {
            addSubtree(testPlan, root, fields);
        }
        channel.send(EventType.PLAN, fields);
    }

    private void addSubtree(TestPlan testPlan, TestIdentifier node, List<String> fields) {
        fields.addAll(describe(node).toFields());
        for (TestIdentifier child : testPlan.getChildren(node)) {
            addSubtree(testPlan, child, fields);
        }
    }

    @Override
    public void dynamicTestRegistered(TestIdentifier testIdentifier) {
        channel.send(EventType.PLAN, describe(testIdentifier).toFields());
    }

    @Override
    public void executionStarted(TestIdentifier testIdentifier) {
        if (testIdentifier.isTest()) {
            inFlightTestId = testIdentifier.getUniqueId();
            channel.send(EventType.STARTED, List.of(testIdentifier.getUniqueId()));
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
            channel.send(EventType.FINISHED, List.of(testId, classifier.classify(failure).name(),
                    classifier.message(failure)));
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
            channel.send(EventType.FINISHED, List.of(testIdentifier.getUniqueId(), Outcome.SKIPPED.name(), message));
        } else {
            channel.send(EventType.CONTAINER_FAILED, List.of(testIdentifier.getUniqueId(), Outcome.SKIPPED.name(),
                    message));
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
                channel.send(EventType.CONTAINER_FAILED, List.of(testIdentifier.getUniqueId(),
                        classifier.classify(failure).name(), classifier.message(failure)));
            }
            return;
        }
        inFlightTestId = null;
        Outcome outcome = outcomeOf(result, failure);
        String message = failure == null ? "" : classifier.message(failure);
        if (result.getStatus() == TestExecutionResult.Status.ABORTED && outcome == Outcome.SKIPPED) {
            message = "aborted, so not passed" + (message.isEmpty() ? "" : ": " + message);
        }
        channel.send(EventType.FINISHED, List.of(testIdentifier.getUniqueId(), outcome.name(), message));
    }

    private Outcome outcomeOf(TestExecutionResult result, Throwable failure) {
        if (capture.exceeded()) {
            return Outcome.OUTPUT_LIMIT_EXCEEDED;
        }
        return switch (result.getStatus()) {
            case SUCCESSFUL -> Outcome.PASSED;
            case ABORTED -> Outcome.SKIPPED;
            case FAILED -> failure == null ? Outcome.RUNTIME_ERROR : classifier.classify(failure);
        };
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
