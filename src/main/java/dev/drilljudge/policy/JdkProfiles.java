package dev.drilljudge.policy;

import java.util.ArrayList;
import java.util.List;

import static dev.drilljudge.policy.ApiRule.allow;
import static dev.drilljudge.policy.ApiRule.deny;
import static dev.drilljudge.policy.ApiRule.denyOverloads;
import static dev.drilljudge.policy.ApiRule.typeOnly;

/**
 * The parts of the JDK an interview answer may use. Anything not listed here is refused: the JDK is too big
 * to deny piece by piece (an XSLT stylesheet or a logging configuration reaches the file system and processes
 * through classes no deny-list named), so the judge lists what interview code needs and nothing else.
 */
final class JdkProfiles {
    static final String THREADS = "it uses threads, which this problem does not allow";

    private JdkProfiles() {
    }

    /** Allowed with or without threads. */
    static List<ApiRule> base() {
        List<ApiRule> rules = new ArrayList<>();
        rules.addAll(javaLang());
        rules.addAll(javaUtil());
        rules.addAll(javaIo());
        for (String pkg : List.of("java.util.function.*", "java.util.stream.*", "java.util.regex.*", "java.math.*",
                "java.time.*", "java.time.format.*", "java.time.temporal.*", "java.time.chrono.*", "java.text.*")) {
            rules.add(allow(pkg));
        }
        rules.add(allow("java.nio.charset.StandardCharsets"));
        rules.add(allow("java.nio.charset.Charset"));
        return rules;
    }

    /** Without threads: Thread is a type with a few members for the current thread, and nothing spawns one. */
    static List<ApiRule> threadsOff() {
        List<ApiRule> rules = new ArrayList<>();
        rules.add(typeOnly("java.lang.Thread", THREADS));
        for (String member : List.of("currentThread", "sleep", "onSpinWait", "yield", "interrupted", "isInterrupted",
                "interrupt", "getName", "getId", "holdsLock")) {
            rules.add(allow("java.lang.Thread#" + member));
        }
        // The thread-free part of java.util.concurrent: data structures, time units and exceptions that answers
        // to rate-limiter or cache questions reach for by habit, and the Callable their starters take.
        for (String type : List.of("Callable", "TimeUnit", "ThreadLocalRandom", "ConcurrentMap", "ConcurrentNavigableMap",
                "ConcurrentHashMap", "ConcurrentSkipListMap", "ConcurrentSkipListSet", "ConcurrentLinkedQueue",
                "ConcurrentLinkedDeque", "CopyOnWriteArrayList", "CopyOnWriteArraySet", "BlockingQueue", "BlockingDeque",
                "ArrayBlockingQueue", "LinkedBlockingQueue", "LinkedBlockingDeque", "PriorityBlockingQueue",
                "ExecutionException", "TimeoutException", "CancellationException", "CompletionException")) {
            rules.add(allow("java.util.concurrent." + type));
        }
        rules.add(allow("java.util.concurrent.atomic.*"));
        rules.add(allow("java.util.concurrent.locks.*"));
        // The rest of the package (executors, fork/join, CompletableFuture, SubmissionPublisher) runs tasks on
        // pools; said here so the refusal explains itself.
        rules.add(deny("java.util.concurrent.*", THREADS));
        rules.add(deny("java.lang.ref.Cleaner", THREADS));
        rules.add(deny("java.util.Timer", THREADS));
        rules.add(deny("java.util.TimerTask", THREADS));
        // Members that hand work to the common pool or a thread of their own.
        rules.add(deny("java.util.Collection#parallelStream", THREADS));
        rules.add(deny("java.util.stream.BaseStream#parallel", THREADS));
        for (String member : List.of("parallelSort", "parallelPrefix", "parallelSetAll")) {
            rules.add(deny("java.util.Arrays#" + member, THREADS));
        }
        // forEach, search, reduce and their key/value/entry forms taking a parallelism threshold first.
        rules.add(denyOverloads("java.util.concurrent.ConcurrentHashMap#*", "(J", THREADS));
        // Only StreamSupport calls whose `parallel` argument is the constant false are let through (see
        // BytecodePolicy): the flag is a value, not a member, so the rule alone cannot tell.
        rules.add(deny("java.util.stream.StreamSupport#*", THREADS));
        return rules;
    }

    static List<ApiRule> threadsOn() {
        return List.of(allow("java.lang.Thread"), allow("java.util.concurrent.*"), allow("java.util.concurrent.atomic.*"),
                allow("java.util.concurrent.locks.*"));
    }

    private static List<ApiRule> javaLang() {
        List<ApiRule> rules = new ArrayList<>();
        rules.add(allow("java.lang.*"));
        rules.add(allow("java.lang.annotation.*"));
        for (String type : List.of("Runtime", "ProcessBuilder", "Process", "ProcessHandle", "ClassLoader", "ThreadGroup",
                "SecurityManager", "Module", "ModuleLayer", "Package", "StackWalker", "Compiler")) {
            rules.add(deny("java.lang." + type));
        }
        // System: printing, clocks and array copies; not exit, the streams, properties, environment or libraries.
        rules.add(typeOnly("java.lang.System"));
        for (String member : List.of("out", "err", "in", "currentTimeMillis", "nanoTime", "arraycopy",
                "identityHashCode", "lineSeparator", "gc")) {
            rules.add(allow("java.lang.System#" + member));
        }
        // Class: names and type tests, not reflection (forName, getDeclared*, newInstance, getClassLoader, ...).
        rules.add(typeOnly("java.lang.Class"));
        for (String member : List.of("getName", "getSimpleName", "getTypeName", "getCanonicalName", "getPackageName",
                "isInstance", "cast", "isArray", "isPrimitive", "isEnum", "isRecord", "isInterface", "isAnnotation",
                "getComponentType", "componentType", "arrayType", "desiredAssertionStatus", "getEnumConstants",
                "hashCode", "equals", "toString", "toGenericString", "isAssignableFrom", "getSuperclass",
                "getInterfaces", "isAnonymousClass", "isLocalClass", "isMemberClass", "isSealed", "isHidden",
                "descriptorString", "getModifiers")) {
            rules.add(allow("java.lang.Class#" + member));
        }
        // The judge tells a wrong answer from a crash by the frames an exception was thrown from; a rewritten
        // stack trace would pass the candidate's own AssertionError off as the tests'.
        rules.add(deny("java.lang.Throwable#setStackTrace", "it rewrites where an exception was thrown"));
        // Reading the call stack tells a test's call from the growth measurement's (its frames, or only their
        // number), so code could run slowly in the tests and fake a fast growth, and it names the hidden tests'
        // methods and lines. printStackTrace() to System.err stays: that text is shown, never read back.
        String readsStack = "it reads the call stack, which tells the tests from the growth measurement";
        rules.add(deny("java.lang.Throwable#getStackTrace", readsStack));
        rules.add(denyOverloads("java.lang.Throwable#printStackTrace", "(L", readsStack));
        rules.add(deny("java.lang.Thread#getStackTrace", readsStack));
        // Members that read system properties, whose text may end up in a CI log.
        rules.add(deny("java.lang.Integer#getInteger"));
        rules.add(deny("java.lang.Long#getLong"));
        rules.add(deny("java.lang.Boolean#getBoolean"));
        // Always refused, even where threads are allowed: they reach other threads (the worker's own), class
        // loaders, or state shared with later submissions.
        for (String member : List.of("getAllStackTraces", "enumerate", "stop", "suspend", "resume", "getThreadGroup",
                "setDefaultUncaughtExceptionHandler", "getContextClassLoader", "setContextClassLoader")) {
            rules.add(deny("java.lang.Thread#" + member));
        }
        return rules;
    }

    private static List<ApiRule> javaUtil() {
        List<ApiRule> rules = new ArrayList<>();
        rules.add(allow("java.util.*"));
        // They load classes or resources by name, or read XML.
        for (String type : List.of("ServiceLoader", "ResourceBundle", "ListResourceBundle", "PropertyResourceBundle")) {
            rules.add(deny("java.util." + type));
        }
        rules.add(deny("java.util.Properties#loadFromXML"));
        rules.add(deny("java.util.Properties#storeToXML"));
        // Global settings a later submission would inherit.
        rules.add(deny("java.util.Locale#setDefault"));
        rules.add(deny("java.util.TimeZone#setDefault"));
        // Formatter(String fileName, ...) opens a file; Formatter() and Formatter(Appendable) do not.
        rules.add(denyOverloads("java.util.Formatter#new", "(Ljava/lang/String;", "it opens a file"));
        // AtomicXFieldUpdater reaches fields by name: reflection.
        for (String updater : List.of("AtomicIntegerFieldUpdater", "AtomicLongFieldUpdater",
                "AtomicReferenceFieldUpdater")) {
            rules.add(deny("java.util.concurrent.atomic." + updater));
        }
        return rules;
    }

    /** Reading and writing text in memory and on the standard streams; nothing that names a file. */
    private static List<ApiRule> javaIo() {
        List<ApiRule> rules = new ArrayList<>();
        for (String type : List.of("Serializable", "Closeable", "Flushable", "IOException", "UncheckedIOException",
                "EOFException", "UnsupportedEncodingException", "InputStream", "OutputStream", "Reader", "Writer",
                "PrintStream", "PrintWriter", "BufferedReader", "BufferedWriter", "InputStreamReader",
                "OutputStreamWriter", "StringReader", "StringWriter", "CharArrayReader", "CharArrayWriter",
                "ByteArrayInputStream", "ByteArrayOutputStream", "BufferedInputStream", "BufferedOutputStream",
                "LineNumberReader", "PushbackReader", "StreamTokenizer")) {
            rules.add(allow("java.io." + type));
        }
        rules.add(denyOverloads("java.io.PrintStream#new", "(Ljava/lang/String;", "it opens a file"));
        rules.add(denyOverloads("java.io.PrintWriter#new", "(Ljava/lang/String;", "it opens a file"));
        return rules;
    }
}
