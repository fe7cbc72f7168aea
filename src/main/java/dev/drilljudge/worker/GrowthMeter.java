package dev.drilljudge.worker;

import dev.drilljudge.policy.ApiProfile;
import dev.drilljudge.policy.BytecodePolicy;
import dev.drilljudge.worker.protocol.Event;
import dev.drilljudge.worker.protocol.GrowthJob;
import dev.drilljudge.worker.protocol.Job;

import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Measures how the candidate's code grows: at each size of a doubling series the problem's generator (a support
 * class) builds the arguments, and the candidate's method is called on a new instance, first to warm up, then
 * measured, as JMH does; the fastest measured call's CPU time is reported (the least disturbed by the rest of the
 * machine). Building the arguments is not measured. A call slower than the job's cap ends the series after its size.
 */
final class GrowthMeter {
    private final GrowthJob growth;
    private final ReportChannel channel;
    private final TestCpuClock clock;
    private Method arguments;
    private Constructor<?> constructor;
    private Method method;

    private GrowthMeter(Job job, ReportChannel channel) {
        this.growth = job.growth();
        this.channel = channel;
        this.clock = new TestCpuClock(job.allowThreads());
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

    /** Measures one size and reports it; false when the series ends here. */
    private boolean measureSize(int size) throws ReflectiveOperationException {
        long first = timedCall(size);
        if (first > growth.callCapNanos()) {
            report(size, first, 1);
            channel.send(new Event.GrowthStopped("one call took more than "
                    + growth.callCapNanos() / 1_000_000 + " ms of CPU time at n = " + size));
            return false;
        }
        for (int warmUp = 1; warmUp < growth.warmUpCalls(); warmUp++) {
            timedCall(size);
        }
        long fastest = Long.MAX_VALUE;
        long spent = 0;
        int measured = 0;
        while (measured < growth.measuredCalls() && (measured == 0 || spent < growth.sizeBudgetNanos())) {
            long nanos = timedCall(size);
            fastest = Math.min(fastest, nanos);
            spent += nanos;
            measured++;
        }
        report(size, fastest, measured);
        return true;
    }

    private long timedCall(int size) throws ReflectiveOperationException {
        Object[] callArguments = (Object[]) arguments.invoke(null, size, growth.seed());
        Object instance = constructor.newInstance();
        long start = clock.nowNanos();
        method.invoke(instance, callArguments);
        return Math.max(0, clock.nowNanos() - start);
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
