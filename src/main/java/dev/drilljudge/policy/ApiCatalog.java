package dev.drilljudge.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static dev.drilljudge.policy.ApiRule.allowMember;
import static dev.drilljudge.policy.ApiRule.forbid;
import static dev.drilljudge.policy.ApiRule.forbidConstructor;
import static dev.drilljudge.policy.ApiRule.forbidMember;

/**
 * The APIs a submission may not reference. An interview answer needs none of them; each would let a
 * hostile submission escape, see the hidden tests, fake its result, or disturb the next submission.
 */
final class ApiCatalog {
    private static final String FILES = "file system access";
    private static final String NETWORK = "network access";
    private static final String PROCESSES = "processes and the JVM's lifecycle";
    private static final String REFLECTION = "reflection";
    private static final String LOADERS = "class loaders, native code and JVM internals";
    private static final String STREAMS = "replacing the standard streams or global settings";
    private static final String THREADS = "threads (this problem does not allow them)";

    private final List<ApiRule> rules;

    private ApiCatalog(List<ApiRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparingInt(ApiRule::specificity).reversed()).toList();
    }

    static ApiCatalog forSubmission(boolean allowThreads) {
        List<ApiRule> rules = new ArrayList<>(alwaysForbidden());
        if (!allowThreads) {
            rules.addAll(threadRules());
        }
        return new ApiCatalog(rules);
    }

    /** The reason the reference is forbidden, or empty when it is allowed. */
    Optional<String> forbiddenReason(String owner, String name, String descriptor) {
        for (ApiRule rule : rules) {
            if (rule.matches(owner, name, descriptor)) {
                return rule.allowed() ? Optional.empty() : Optional.of(rule.reason());
            }
        }
        return Optional.empty();
    }

    private static List<ApiRule> alwaysForbidden() {
        List<ApiRule> rules = new ArrayList<>();
        for (String owner : List.of("java/io/File", "java/io/FileInputStream", "java/io/FileOutputStream",
                "java/io/FileReader", "java/io/FileWriter", "java/io/RandomAccessFile", "java/io/FileDescriptor",
                "java/io/FilePermission", "java/io/ObjectInputStream", "java/io/ObjectOutputStream",
                "java/io/Console", "java/util/zip/ZipFile", "java/util/jar/JarFile", "java/util/logging/FileHandler")) {
            rules.add(forbid(owner, FILES));
        }
        rules.add(forbid("java/nio/file/", FILES));
        rules.add(forbid("java/nio/channels/", FILES));
        rules.add(forbid("java/util/prefs/", FILES));
        rules.add(forbidConstructor("java/io/PrintStream", "(Ljava/lang/String;", FILES));
        rules.add(forbidConstructor("java/io/PrintWriter", "(Ljava/lang/String;", FILES));
        rules.add(forbidConstructor("java/util/Formatter", "(Ljava/lang/String;", FILES));
        rules.add(forbidConstructor("java/util/Scanner", "(Ljava/nio/file/Path;", FILES));
        rules.add(forbidMember("java/lang/System", "console", FILES));

        rules.add(forbid("java/net/", NETWORK));
        rules.add(allowMember("java/net/URI", null));
        rules.add(allowMember("java/net/URISyntaxException", null));
        rules.add(allowMember("java/net/URLEncoder", null));
        rules.add(allowMember("java/net/URLDecoder", null));
        rules.add(forbid("javax/net/", NETWORK));
        rules.add(forbid("java/rmi/", NETWORK));
        rules.add(forbid("javax/naming/", NETWORK));
        rules.add(forbid("java/sql/", NETWORK));
        rules.add(forbid("java/net/http/", NETWORK));

        rules.add(forbid("java/lang/ProcessBuilder", PROCESSES));
        rules.add(forbid("java/lang/Process", PROCESSES));
        rules.add(forbid("java/lang/ProcessHandle", PROCESSES));
        for (String member : List.of("exit", "halt", "exec", "addShutdownHook", "removeShutdownHook", "load",
                "loadLibrary", "runFinalization")) {
            rules.add(forbidMember("java/lang/Runtime", member, PROCESSES));
        }
        for (String member : List.of("exit", "load", "loadLibrary", "mapLibraryName", "runFinalization", "getenv")) {
            rules.add(forbidMember("java/lang/System", member, PROCESSES));
        }
        for (String member : List.of("setOut", "setErr", "setIn", "setProperty", "setProperties", "clearProperty",
                "setSecurityManager", "getSecurityManager", "inheritedChannel")) {
            rules.add(forbidMember("java/lang/System", member, STREAMS));
        }
        rules.add(forbidMember("java/util/Locale", "setDefault", STREAMS));
        rules.add(forbidMember("java/util/TimeZone", "setDefault", STREAMS));
        rules.add(forbidMember("java/lang/Thread", "setDefaultUncaughtExceptionHandler", STREAMS));

        rules.add(forbid("java/lang/reflect/", REFLECTION));
        rules.add(forbid("java/lang/invoke/", REFLECTION));
        rules.add(forbid("java/beans/", REFLECTION));
        rules.add(forbid("java/lang/Class", REFLECTION));
        for (String member : List.of("getName", "getSimpleName", "getTypeName", "getCanonicalName", "isInstance",
                "cast", "isArray", "isPrimitive", "isEnum", "isRecord", "isInterface", "getComponentType",
                "componentType", "arrayType", "desiredAssertionStatus", "getEnumConstants", "hashCode", "equals",
                "toString", "isAssignableFrom", "getSuperclass", "getPackageName", "descriptorString",
                "getInterfaces", "isAnonymousClass", "isLocalClass", "isMemberClass", "isSealed", "isHidden")) {
            rules.add(allowMember("java/lang/Class", member));
        }
        rules.add(forbid("java/lang/ClassLoader", LOADERS));
        rules.add(forbid("java/lang/Module", LOADERS));
        rules.add(forbid("java/lang/ModuleLayer", LOADERS));
        rules.add(forbid("java/lang/instrument/", LOADERS));
        rules.add(forbid("java/lang/management/", LOADERS));
        rules.add(forbid("javax/management/", LOADERS));
        rules.add(forbid("java/util/ServiceLoader", LOADERS));
        rules.add(forbid("java/security/SecureClassLoader", LOADERS));
        rules.add(forbid("java/security/AccessController", LOADERS));
        rules.add(forbid("java/lang/SecurityManager", LOADERS));
        rules.add(forbidMember("java/lang/Thread", "getContextClassLoader", LOADERS));
        rules.add(forbidMember("java/lang/Thread", "setContextClassLoader", LOADERS));
        rules.add(forbidMember("java/nio/ByteBuffer", "allocateDirect", LOADERS));
        rules.add(forbid("javax/tools/", LOADERS));
        // The desktop stack can launch a browser or a file manager, and no interview answer draws a window.
        for (String desktop : List.of("java/awt/", "javax/swing/", "javax/sound/", "javax/imageio/", "javax/print/",
                "java/applet/")) {
            rules.add(forbid(desktop, PROCESSES));
        }
        // Plain geometry values that grid answers reach for (java.awt.Point) stay allowed.
        rules.add(allowMember("java/awt/Point", null));
        rules.add(allowMember("java/awt/Rectangle", null));
        rules.add(new ApiRule("java/awt/geom/", null, null, true, ""));
        rules.add(forbid("javax/script/", LOADERS));
        for (String internal : List.of("sun/", "jdk/", "com/sun/", "org/junit/", "org/assertj/", "org/opentest4j/",
                "dev/drilljudge/", "org/objectweb/")) {
            rules.add(forbid(internal, LOADERS));
        }
        return rules;
    }

    private static List<ApiRule> threadRules() {
        List<ApiRule> rules = new ArrayList<>();
        rules.add(forbid("java/lang/Thread", THREADS));
        for (String member : List.of("currentThread", "sleep", "onSpinWait", "yield", "interrupted", "isInterrupted",
                "interrupt", "getName", "getId", "getStackTrace", "holdsLock")) {
            rules.add(allowMember("java/lang/Thread", member));
        }
        rules.add(forbid("java/lang/ThreadGroup", THREADS));
        rules.add(forbid("java/util/Timer", THREADS));
        rules.add(forbid("java/util/concurrent/Executor", THREADS));
        rules.add(forbid("java/util/concurrent/ExecutorService", THREADS));
        rules.add(forbid("java/util/concurrent/Executors", THREADS));
        rules.add(forbid("java/util/concurrent/ThreadPoolExecutor", THREADS));
        rules.add(forbid("java/util/concurrent/ScheduledThreadPoolExecutor", THREADS));
        rules.add(forbid("java/util/concurrent/ForkJoinPool", THREADS));
        rules.add(forbid("java/util/concurrent/ForkJoinTask", THREADS));
        rules.add(forbid("java/util/concurrent/RecursiveTask", THREADS));
        rules.add(forbid("java/util/concurrent/RecursiveAction", THREADS));
        rules.add(forbid("java/util/concurrent/ThreadFactory", THREADS));
        // These start threads of their own: a Cleaner's daemon, a publisher's common pool, a task scope's forks.
        rules.add(forbid("java/lang/ref/Cleaner", THREADS));
        rules.add(forbid("java/util/concurrent/SubmissionPublisher", THREADS));
        rules.add(forbid("java/util/concurrent/StructuredTaskScope", THREADS));
        for (String member : List.of("runAsync", "supplyAsync", "thenApplyAsync", "thenAcceptAsync", "thenRunAsync",
                "thenComposeAsync", "thenCombineAsync", "whenCompleteAsync", "handleAsync", "completeAsync",
                "orTimeout", "completeOnTimeout", "delayedExecutor")) {
            rules.add(forbidMember("java/util/concurrent/CompletableFuture", member, THREADS));
        }
        rules.add(forbidMember("java/util/", "parallelStream", THREADS));
        rules.add(forbidMember("java/util/stream/", "parallel", THREADS));
        for (String member : List.of("parallelSort", "parallelSetAll", "parallelPrefix")) {
            rules.add(forbidMember("java/util/Arrays", member, THREADS));
        }
        return rules;
    }
}
