package dev.drilljudge.worker;

import dev.drilljudge.policy.ApiProfile;
import dev.drilljudge.policy.BytecodePolicy;
import dev.drilljudge.worker.protocol.Event;
import dev.drilljudge.worker.protocol.Job;
import dev.drilljudge.worker.protocol.JobCodec;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The worker JVM's entry point. It loads JUnit while the judge compiles, then runs each job it reads from
 * stdin: the candidate's classes in an isolated loader, the tests in a child loader, progress reported as
 * signed lines on the real stdout. The judge enforces time limits by killing this process.
 */
public final class WorkerMain {
    private static final int OUTPUT_SHOWN_CHARS = 4_000;
    private static final int MAX_THREADS = 256;
    /** Run once by the judge to record an AppCDS archive of the classes a job loads; then exit normally. */
    public static final String TRAINING_FLAG = "--train-cds";

    private WorkerMain() {
    }

    /**
     * Starts a worker for growth series only: it skips the JUnit warm-up job, which a series never needs (it calls the
     * candidate's method itself), and refuses a test job.
     */
    public static final String GROWTH_FLAG = "--growth";

    public static void main(String[] args) throws IOException {
        PrintStream realStdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        // The worker keeps the real stdin, where jobs arrive, to itself; the candidate's System.in is empty.
        DataInputStream jobs = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        System.setIn(new ByteArrayInputStream(new byte[0]));
        boolean training = args.length > 0 && TRAINING_FLAG.equals(args[0]);
        boolean growthOnly = args.length > 0 && GROWTH_FLAG.equals(args[0]);
        Launcher launcher = null;
        if (growthOnly) {
            warmUpPolicy(warmUpClasses(List.of(WarmUpTests.class)));
        } else {
            launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestEngineAutoRegistration(false)
                    .enableLauncherSessionListenerAutoRegistration(false)
                    .enableLauncherDiscoveryListenerAutoRegistration(false)
                    .enablePostDiscoveryFilterAutoRegistration(false)
                    .enableTestExecutionListenerAutoRegistration(false)
                    .addTestEngines(new JupiterTestEngine())
                    .build());
            warmUp(launcher, training);
        }
        if (training) {
            return;
        }
        ParentWatchdog.start();
        WorkerBaseline baseline = WorkerBaseline.capture();
        while (true) {
            Job job;
            try {
                job = JobCodec.read(jobs);
            } catch (EOFException noMoreJobs) {
                break;
            }
            if ((job.growth() != null) != growthOnly) {
                // The judge sends a job of the kind it started the worker for; anything else ends it unanswered.
                Runtime.getRuntime().halt(1);
            }
            if (growthOnly) {
                GrowthMeter.run(job, realStdout);
            } else {
                runJob(job, launcher, realStdout, baseline);
            }
        }
        // halt, not exit: threads a submission may have left behind must not keep the JVM alive.
        Runtime.getRuntime().halt(0);
    }

    /**
     * Runs the warm-up tests as a job, through the same loader, policy, listener and signed channel as a real one,
     * into a sink: whatever a job touches first is loaded while the judge is still compiling. Recording the
     * class-data archive also runs the AssertJ warm-up, so AssertJ's classes load from the archive when needed.
     */
    private static void warmUp(Launcher launcher, boolean training) throws IOException {
        List<Class<?>> warmUpClasses = training ? List.of(WarmUpTests.class, AssertjWarmUpTests.class)
                : List.of(WarmUpTests.class);
        Map<String, byte[]> testClasses = warmUpClasses(warmUpClasses);
        warmUpPolicy(testClasses);
        Job job = new Job(new byte[32], false, List.of(), 1024, Map.of(), Map.of(), testClasses,
                warmUpClasses.stream().map(Class::getName).toList(), Set.of());
        runJob(job, launcher, new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), null);
    }

    private static Map<String, byte[]> warmUpClasses(List<Class<?>> warmUpClasses) throws IOException {
        Map<String, byte[]> testClasses = new HashMap<>();
        for (Class<?> warmUpClass : warmUpClasses) {
            try (InputStream classFile = warmUpClass.getResourceAsStream(warmUpClass.getSimpleName() + ".class")) {
                testClasses.put(warmUpClass.getName(), classFile.readAllBytes());
            }
        }
        return testClasses;
    }

    /**
     * Loads the policy's classes and the JDK classes its rules name while the judge is still compiling: every job's
     * class loader checks the candidate's classes with it, a growth series' as well as a test run's.
     */
    private static void warmUpPolicy(Map<String, byte[]> testClasses) {
        for (boolean allowThreads : new boolean[] {false, true}) {
            String warmUpName = WarmUpTests.class.getName();
            BytecodePolicy.forSubmission(ApiProfile.forProblem(allowThreads, List.of()),
                    Map.of(warmUpName, testClasses.get(warmUpName)), Map.of()).check(warmUpName);
        }
    }

    /** @param baseline the worker before any candidate code ran; null during the warm-up, which sets it up */
    private static void runJob(Job job, Launcher launcher, PrintStream realStdout, WorkerBaseline baseline) {
        if (baseline != null) {
            baseline.restoreProperties();
        }
        ReportChannel channel = new ReportChannel(realStdout, job.signingKey());
        BoundedCapture capture = new BoundedCapture(job.outputLimitBytes(),
                () -> channel.send(new Event.OutputExceeded()));
        PrintStream candidateStream = new PrintStream(capture, true, StandardCharsets.UTF_8);
        System.setOut(candidateStream);
        System.setErr(candidateStream);

        Map<String, byte[]> trustedClasses = new HashMap<>(job.supportClasses());
        trustedClasses.putAll(job.testClasses());
        SubmissionClassLoader testLoader = new SubmissionClassLoader(job.candidateClasses(), trustedClasses,
                BytecodePolicy.forSubmission(ApiProfile.forProblem(job.allowThreads(), job.allowApis()),
                        job.candidateClasses(), job.supportClasses()));
        Set<String> candidateNames = new HashSet<>(job.candidateClasses().keySet());
        ProtocolListener listener = new ProtocolListener(channel, new FailureClassifier(candidateNames), capture,
                new TestCpuClock(job.allowThreads()));

        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(testLoader);
        Thread watchdog = job.allowThreads() ? ThreadCountWatchdog.start(MAX_THREADS, channel) : null;
        try {
            launcher.execute(discoveryRequest(job, testLoader), listener);
        } catch (VirtualMachineError unrecoverable) {
            listener.reportUnrecoverable(unrecoverable);
            // This JVM's state is not to be trusted any more: the judge runs the remaining tests in a new one.
            Runtime.getRuntime().halt(1);
        } finally {
            current.setContextClassLoader(previous);
            if (watchdog != null) {
                watchdog.interrupt();
            }
        }
        channel.send(new Event.Output(capture.text(OUTPUT_SHOWN_CHARS)));
        String notAtBaseline = baseline == null ? ""
                : baseline.differences(watchdog == null ? Set.of() : Set.of(watchdog));
        channel.send(new Event.Done(notAtBaseline));
    }

    private static LauncherDiscoveryRequest discoveryRequest(Job job, ClassLoader testLoader) {
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (String testClassName : job.testClassNames()) {
            try {
                selectors.add(selectClass(Class.forName(testClassName, false, testLoader)));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load test class " + testClassName + ": " + e, e);
            }
        }
        Set<String> excluded = job.excludedTestIds();
        PostDiscoveryFilter skipFinished = descriptor -> excluded.contains(descriptor.getUniqueId().toString())
                ? FilterResult.excluded("finished in an earlier worker")
                : FilterResult.included("not run yet");
        // Implicit configuration off: JUnit would otherwise read system properties (which a job could have set, e.g.
        // junit.jupiter.execution.timeout.default = "1 ns") and junit-platform.properties from the class path.
        return LauncherDiscoveryRequestBuilder.request()
                .enableImplicitConfigurationParameters(false)
                .selectors(selectors)
                .filters(skipFinished)
                .configurationParameters(Map.of(
                        "junit.jupiter.testmethod.order.default", "org.junit.jupiter.api.MethodOrderer$MethodName",
                        "junit.jupiter.testclass.order.default", "org.junit.jupiter.api.ClassOrderer$ClassName",
                        "junit.jupiter.execution.parallel.enabled", "false",
                        "junit.jupiter.extensions.autodetection.enabled", "false"))
                .build();
    }
}
