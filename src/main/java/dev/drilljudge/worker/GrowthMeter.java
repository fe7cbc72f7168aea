package dev.drilljudge.worker;

import dev.drilljudge.policy.ApiProfile;
import dev.drilljudge.policy.BytecodePolicy;
import dev.drilljudge.worker.protocol.Event;
import dev.drilljudge.worker.protocol.GrowthCall;
import dev.drilljudge.worker.protocol.GrowthJob;
import dev.drilljudge.worker.protocol.Job;

import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Measures how the candidate's code grows: at each size of a doubling series the problem's generator (a support
 * class) builds the arguments, and the candidate's method is called on a new instance, first to warm up, then
 * measured, as JMH does; the fastest measured sample's CPU time per call is reported (the least disturbed by the rest
 * of the machine). Calls far shorter than a sample are timed in batches. Building the arguments is not measured. A
 * call slower than the job's cap ends the series after its size. When the job checks answers, one call of every
 * measured sample, picked at random, has its answer reported, so the judge can hold it against the model answer's on
 * the same input: code that returns something cheap and wrong on large inputs is caught, not credited.
 */
final class GrowthMeter {
    /** Samples are about a millisecond each and the warm-up budget tens of them, so this only bounds a broken clock. */
    private static final int MAX_WARM_UP_SAMPLES = 200;
    private final GrowthJob growth;
    private final ReportChannel channel;
    private final TestCpuClock clock;
    /** What {@link AnswerReading} read, kept in a field so the JIT cannot drop the reading. */
    private long answersRead;
    private Method arguments;
    private Constructor<?> constructor;
    private Method method;
    /** Every call gets arguments built from a seed of its own (see {@link #timedCalls}). */
    private long nextSeed;
    /** Picks the call of each measured sample whose answer is reported; seeded by the judge, unknown to the code. */
    private final SplittableRandom checkPicker;

    private GrowthMeter(Job job, ReportChannel channel) {
        this.growth = job.growth();
        this.channel = channel;
        this.clock = new TestCpuClock(job.allowThreads());
        this.nextSeed = job.growth().seed();
        this.checkPicker = new SplittableRandom(job.growth().checkSeed());
    }

    static void run(Job job, PrintStream realStdout) {
        ReportChannel channel = new ReportChannel(realStdout, job.signingKey());
        BoundedCapture capture = new BoundedCapture(job.outputLimitBytes(), () -> { });
        PrintStream candidateStream = new PrintStream(capture, true, StandardCharsets.UTF_8);
        System.setOut(candidateStream);
        System.setErr(candidateStream);
        SubmissionClassLoader loader = new SubmissionClassLoader(job.candidateClasses(), job.supportClasses(),
                BytecodePolicy.forSubmission(ApiProfile.forProblem(job.allowThreads(), job.allowApis()),
                        job.candidateClasses(), job.supportClasses()));
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(loader);
        try {
            new GrowthMeter(job, channel).measure(loader);
        } catch (VirtualMachineError unrecoverable) {
            channel.send(new Event.GrowthStopped(describe(unrecoverable)));
            Runtime.getRuntime().halt(1);
        } finally {
            current.setContextClassLoader(previous);
        }
        channel.send(new Event.Done(""));
    }

    private void measure(ClassLoader loader) {
        try {
            resolve(loader);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            channel.send(new Event.GrowthStopped("cannot call " + growth.targetClass() + "."
                    + growth.methodName() + " with the generator's arguments: " + describe(e)));
            return;
        }
        if (!growth.replay().isEmpty()) {
            replay();
            return;
        }
        try {
            warmUp(growth.sizes().get(0));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // The first size's measurement meets the same failure and reports it.
        }
        for (int size : growth.sizes()) {
            channel.send(new Event.GrowthSize(size));
            try {
                if (!measureSize(size)) {
                    return;
                }
            } catch (InvocationTargetException thrown) {
                channel.send(new Event.GrowthStopped("your code threw "
                        + describe(thrown.getCause()) + " at n = " + size));
                return;
            } catch (ReflectiveOperationException | RuntimeException e) {
                channel.send(new Event.GrowthStopped("the generator failed at n = " + size + ": "
                        + describe(e)));
                return;
            }
        }
    }

    /**
     * Calls the code at the smallest size until about the warm-up budget of CPU time is spent, so that the JIT has
     * compiled it before anything is measured: the per-size warm-up calls are too few for that at the smallest sizes,
     * which were then timed in the interpreter, up to 30 times too slow, and flattened the slope. The compiler works
     * in threads of its own; a short sleep between samples lets them run on a busy machine. A first call over the
     * cap skips this: the first size reports it.
     */
    private void warmUp(int size) throws ReflectiveOperationException {
        long first = timedCalls(size, 1);
        if (first > growth.callCapNanos()) {
            return;
        }
        int callsPerSample = callsPerSample(size, first);
        long spent = first;
        // A clock too coarse to see a sample (it reads 0) must not keep the warm-up going for ever.
        for (int sample = 0; sample < MAX_WARM_UP_SAMPLES && spent < growth.warmUpBudgetNanos(); sample++) {
            spent += timedCalls(size, callsPerSample);
            pauseForTheCompiler();
        }
    }

    private static void pauseForTheCompiler() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Measures one size and reports it; false when the series ends here. */
    private boolean measureSize(int size) throws ReflectiveOperationException {
        long first = timedCalls(size, 1);
        if (first > growth.callCapNanos()) {
            report(size, first, 1);
            channel.send(new Event.GrowthStopped("one call took more than "
                    + growth.callCapNanos() / 1_000_000 + " ms of CPU time at n = " + size));
            return false;
        }
        long quickestWarmUp = first;
        for (int warmUp = 1; warmUp < growth.warmUpCalls(); warmUp++) {
            quickestWarmUp = Math.min(quickestWarmUp, timedCalls(size, 1));
        }
        int callsPerSample = callsPerSample(size, quickestWarmUp);
        long fastestPerCall = Long.MAX_VALUE;
        long spent = 0;
        int samples = 0;
        while (samples < growth.measuredCalls() && (samples == 0 || spent < growth.sizeBudgetNanos())) {
            long nanos = timedCalls(size, callsPerSample, growth.checkAnswers());
            fastestPerCall = Math.min(fastestPerCall, nanos / callsPerSample);
            spent += nanos;
            samples++;
        }
        report(size, fastestPerCall, samples * callsPerSample);
        return true;
    }

    /**
     * How many calls one timed sample makes: a call much shorter than the sample target is timed in a batch, as
     * JMH batches operations, so the clock's granularity and the machine's interruptions are spread over many calls
     * and the small sizes can be fitted too. Each call still gets its own freshly generated arguments; the batch is
     * bounded by {@link GrowthJob#maxElementsPerSample()} so the arguments held at once stay small.
     */
    private int callsPerSample(int size, long quickestCallNanos) {
        long byTime = growth.sampleTargetNanos() / Math.max(1, quickestCallNanos);
        long byMemory = growth.maxElementsPerSample() / Math.max(1, size);
        return (int) Math.max(1, Math.min(growth.maxCallsPerSample(), Math.min(byTime, byMemory)));
    }

    /**
     * CPU time of {@code calls} calls, each on new arguments and a new instance; building them is not timed. Each
     * call's arguments come from the next seed, so no two calls see the same input: code that remembers its answers
     * in a static field (keyed by the input's contents) is measured doing the work, not looking it up.
     */
    private long timedCalls(int size, int calls) throws ReflectiveOperationException {
        return timedCalls(size, calls, false);
    }

    /**
     * As {@link #timedCalls(int, int)}; when {@code check}, the answer of one of the calls, picked at random, is
     * written and reported after the clock stops (writing it is not measured).
     */
    private long timedCalls(int size, int calls, boolean check) throws ReflectiveOperationException {
        Object[][] argumentSets = new Object[calls][];
        Object[] instances = new Object[calls];
        long firstSeed = nextSeed;
        for (int call = 0; call < calls; call++) {
            argumentSets[call] = (Object[]) arguments.invoke(null, size, nextSeed++);
            instances[call] = constructor.newInstance();
        }
        int checked = check ? checkPicker.nextInt(calls) : -1;
        Object answer = null;
        long start = clock.nowNanos();
        for (int call = 0; call < calls; call++) {
            Object returned = method.invoke(instances[call], argumentSets[call]);
            answersRead += readInsideTheClock(returned);
            if (call == checked) {
                answer = returned;
            }
        }
        long nanos = Math.max(0, clock.nowNanos() - start);
        if (check) {
            reportAnswer(size, firstSeed + checked, answer);
        }
        return nanos;
    }

    /**
     * Reads the answer while the clock runs (see {@link AnswerReading}); what the candidate's answer throws while
     * being read is their code failing, reported as the call's own exception.
     */
    private static long readInsideTheClock(Object answer) throws InvocationTargetException {
        try {
            return AnswerReading.read(answer);
        } catch (RuntimeException | StackOverflowError thrown) {
            throw new InvocationTargetException(thrown);
        }
    }

    /** The model answer's worker: each checked call once, on the arguments the candidate's call had, nothing timed. */
    private void replay() {
        for (GrowthCall call : growth.replay()) {
            Object answer;
            try {
                answer = method.invoke(constructor.newInstance(),
                        (Object[]) arguments.invoke(null, call.n(), call.seed()));
            } catch (ReflectiveOperationException | RuntimeException failed) {
                Throwable cause = failed instanceof InvocationTargetException thrown ? thrown.getCause() : failed;
                channel.send(new Event.GrowthAnswer(call.n(), call.seed(), describe(cause), false, false));
                continue;
            }
            reportAnswer(call.n(), call.seed(), answer);
        }
    }

    /**
     * Writes the answer in the repro notation and reports it. The value may be the candidate's own object, so writing
     * it runs their code: when that throws, the answer is reported as not written, which the judge counts as wrong.
     */
    private void reportAnswer(int size, long seed, Object answer) {
        AnswerNotation.Text text;
        try {
            text = AnswerNotation.of(answer, Event.GrowthAnswer.LIMIT_CHARS);
        } catch (ReflectiveOperationException | RuntimeException | StackOverflowError unwritable) {
            channel.send(new Event.GrowthAnswer(size, seed, "the answer could not be written: "
                    + describe(unwritable), false, false));
            return;
        }
        channel.send(new Event.GrowthAnswer(size, seed, text.text(), text.cut(), true));
    }

    private void report(int size, long nanos, int calls) {
        channel.send(new Event.GrowthPoint(size, nanos, calls));
    }

    private void resolve(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> generator = Class.forName(growth.generatorClass(), true, loader);
        arguments = generator.getDeclaredMethod("arguments", int.class, long.class);
        arguments.setAccessible(true);
        Object[] probe = (Object[]) arguments.invoke(null, 1, growth.seed());
        Class<?> target = Class.forName(growth.targetClass(), true, loader);
        constructor = target.getDeclaredConstructor();
        constructor.setAccessible(true);
        for (Class<?> type = target; type != null && method == null; type = type.getSuperclass()) {
            for (Method candidate : type.getDeclaredMethods()) {
                if (candidate.getName().equals(growth.methodName()) && accepts(candidate, probe)) {
                    method = candidate;
                    break;
                }
            }
        }
        if (method == null) {
            throw new NoSuchMethodException("no method " + growth.methodName() + " taking "
                    + probe.length + " such arguments");
        }
        method.setAccessible(true);
    }

    private static boolean accepts(Method candidate, Object[] probe) {
        Class<?>[] parameters = candidate.getParameterTypes();
        if (parameters.length != probe.length) {
            return false;
        }
        for (int index = 0; index < parameters.length; index++) {
            Class<?> parameter = boxed(parameters[index]);
            if (probe[index] != null && !parameter.isInstance(probe[index])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return Map.of(int.class, Integer.class, long.class, Long.class, boolean.class, Boolean.class,
                char.class, Character.class, double.class, Double.class, float.class, Float.class,
                short.class, Short.class, byte.class, Byte.class).get(type);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getName() + (message == null ? "" : ": " + message);
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
