package dev.drilljudge.worker;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Where a Throwable was really created, read from the frames the JVM recorded (its private backtrace), never from
 * {@link Throwable#getStackTrace()}: a class may override that method, and anyone may call
 * {@link Throwable#setStackTrace} to replace what it returns. The worker JVM opens java.lang to the worker's code
 * ({@code --add-opens java.base/java.lang=ALL-UNNAMED}); the candidate cannot use that opening, since the bytecode
 * policy refuses reflection. Where the JDK's internals differ from those known here, {@link #of} is empty and the
 * caller falls back to what it can trust without frames.
 */
final class RealStackTrace {
    private static final Field DEPTH = field("depth");
    private static final Method FROM_THROWABLE = method(Throwable.class);
    private static final Method FROM_BACKTRACE = FROM_THROWABLE == null ? method(Object.class) : null;
    private static final Field BACKTRACE = FROM_BACKTRACE == null ? null : field("backtrace");

    private RealStackTrace() {
    }

    static Optional<StackTraceElement[]> of(Throwable throwable) {
        if (DEPTH == null || (FROM_THROWABLE == null && (FROM_BACKTRACE == null || BACKTRACE == null))) {
            return Optional.empty();
        }
        try {
            int depth = DEPTH.getInt(throwable);
            Object frames = FROM_THROWABLE != null ? FROM_THROWABLE.invoke(null, throwable, depth)
                    : FROM_BACKTRACE.invoke(null, BACKTRACE.get(throwable), depth);
            return Optional.of((StackTraceElement[]) frames);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unreadable) {
            return Optional.empty();
        }
    }

    /** Whether the JDK's recorded frames can be read in this JVM (for tests and the worker's own check). */
    static boolean available() {
        return of(new Throwable()).map(frames -> frames.length > 0).orElse(false);
    }

    private static Field field(String name) {
        try {
            Field field = Throwable.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException notOpen) {
            return null;
        }
    }

    /** JDK 17: {@code StackTraceElement.of(Throwable, int)}; later JDKs: {@code of(Object backtrace, int)}. */
    private static Method method(Class<?> firstParameter) {
        try {
            Method method = StackTraceElement.class.getDeclaredMethod("of", firstParameter, int.class);
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException notOpen) {
            return null;
        }
    }
}
