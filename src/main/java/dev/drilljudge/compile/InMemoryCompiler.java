package dev.drilljudge.compile;

import dev.drilljudge.policy.OnDemandImportShadowing;
import dev.drilljudge.policy.ShadowCheck;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.verdict.Diagnostic;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import static dev.drilljudge.compile.CompileOutcome.Reason.DOES_NOT_COMPILE;
import static dev.drilljudge.compile.CompileOutcome.Reason.PROBLEM_DOES_NOT_COMPILE;
import static dev.drilljudge.compile.CompileOutcome.Reason.SHADOWS_TRUSTED_CLASS;

/**
 * Compiles a submission with {@code javax.tools}, entirely in memory, in three phases so that trust never
 * leaks: support classes alone; the candidate's code against the JDK and support only (it cannot even name
 * the tests); then the tests against both. One instance keeps javac warm across judgements.
 */
public final class InMemoryCompiler implements AutoCloseable {
    private static final long CPU_CHECK_INTERVAL_MS = 100;
    private static final long NOT_STARTED = -1;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Line numbers and file names (for verdicts and the policy), not local variable tables. */
    private static final List<String> OPTIONS = List.of("-proc:none", "-g:source,lines", "-encoding", "UTF-8",
            "-Xlint:none", "-nowarn", "-Xmaxerrs", "50");
    /**
     * javac descends recursively: 50,000 nested parentheses (100 KB) overflow an ordinary stack. Compile threads get
     * an 8 MiB stack, eight times the default and far deeper than any written code nests (javac overflows on 50,000
     * parentheses at 12 MiB in half a second of CPU, but at 32 MiB grinds through them for 8 s); deeper is a
     * compile error, never an internal error.
     */
    private static final long COMPILE_STACK_BYTES = 8L * 1024 * 1024;
    static final String MODULE_INFO = "module-info.java";
    static final String MODULE_INFO_REFUSED = "a module declaration is not allowed: your code is compiled in the "
            + "unnamed module, beside the tests; delete module-info.java";
    static final String NESTED_TOO_DEEPLY = "expression nested too deeply: the compiler ran out of stack on your code";

    private final JavaCompiler javac;
    /** A file manager is not thread-safe; each compile thread keeps one for all its phases. */
    private final ThreadLocal<StandardJavaFileManager> standardFiles;
    private final ExecutorService compileThreads;
    private final CompiledClassesCache classesCache;

    public InMemoryCompiler() {
        this(1, CompiledClassesCache.NONE);
    }

    /**
     * @param threads    compilations that may run at once (batch grading uses one per core)
     * @param classesCache compiled classes to reuse while what they were compiled from is unchanged
     */
    public InMemoryCompiler(int threads, CompiledClassesCache classesCache) {
        this.classesCache = classesCache;
        javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run the judge on a JDK, not a JRE");
        }
        standardFiles = ThreadLocal.withInitial(() -> javac.getStandardFileManager(null, Locale.ROOT,
                StandardCharsets.UTF_8));
        compileThreads = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(null, runnable, "drill-judge-javac", COMPILE_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Compiles a one-line class on a compile thread now, so javac's classes, file manager and JDK index are ready
     * when the first real request arrives: a command's start-up work and javac's warm-up then overlap.
     */
    public void warmUp() {
        compileThreads.submit(() -> runPhase(List.of(new SourceFile("WarmUp.java", "final class WarmUp { }")),
                SourceOrigin.SUPPORT, Map.of(), List.of()));
    }

    /**
     * Compiles within the request's time limit, which is CPU time of the compile thread: a compilation that uses
     * more is a COMPILE_ERROR (a source built to make javac work for minutes). The wall clock is only a backstop, at
     * {@value CompileBudget#WALL_BACKSTOP_FACTOR}x the limit: when it runs out while the compiler used less than its CPU limit, the
     * machine starved it, and the outcome is {@link CompileOutcome.Reason#MACHINE_OVERLOADED}, never the candidate's.
     */
    public CompileOutcome compile(CompileRequest request) {
        long startNanos = System.nanoTime();
        AtomicLong compileThread = new AtomicLong(NOT_STARTED);
        Future<CompileOutcome> pending = compileThreads.submit(() -> {
            compileThread.set(Thread.currentThread().getId());
            return compileNow(request, startNanos);
        });
        CompileBudget budget = new CompileBudget(request.timeLimit());
        try {
            while (true) {
                try {
                    return pending.get(CPU_CHECK_INTERVAL_MS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillCompiling) {
                    long cpuNanos = cpuTimeOf(compileThread.get());
                    switch (budget.decide(cpuNanos, System.nanoTime() - startNanos)) {
                        case OVER_CPU_LIMIT -> {
                            pending.cancel(true);
                            return new CompileOutcome.Rejected(DOES_NOT_COMPILE, "compilation used more than "
                                    + budget.limitText() + " of CPU and was stopped", List.of(), elapsedMs(startNanos));
                        }
                        case STARVED -> {
                            pending.cancel(true);
                            return new CompileOutcome.Rejected(CompileOutcome.Reason.MACHINE_OVERLOADED,
                                    "machine overloaded: the compiler got " + TimeUnit.NANOSECONDS.toMillis(cpuNanos)
                                            + " ms of CPU in " + elapsedMs(startNanos)
                                            + " ms; the result is not counted", List.of(), elapsedMs(startNanos));
                        }
                        case KEEP_WAITING -> {
                            // javac is still within its CPU limit and the backstop has not run out
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StackOverflowError || e.getCause() instanceof NestedTooDeeply) {
                return new CompileOutcome.Rejected(DOES_NOT_COMPILE, NESTED_TOO_DEEPLY,
                        List.of(new Diagnostic("", 0, 0, NESTED_TOO_DEEPLY)), elapsedMs(startNanos));
            }
            throw new IllegalStateException("the compiler failed: " + e.getCause(), e.getCause());
        }
    }

    /** CPU time of a compile thread so far; 0 while the request still waits for a free compile thread. */
    private static long cpuTimeOf(long threadId) {
        if (threadId == NOT_STARTED) {
            return 0;
        }
        long nanos = THREADS.getThreadCpuTime(threadId);
        return Math.max(0, nanos);
    }

    private CompileOutcome compileNow(CompileRequest request, long startNanos) {
        ByteOrderMark.Stripped bomless = ByteOrderMark.strip(request.candidate());
        PackageLines.Adjusted candidate = PackageLines.adjust(bomless.sources(), request.tests());
        List<String> notes = new ArrayList<>(bomless.notes());
        notes.addAll(candidate.notes());

        PhaseResult support = compileOrReuse(request.support(), SourceOrigin.SUPPORT, Map.of(),
                () -> SourceCacheKey.support(request.support(), OPTIONS));
        if (!support.succeeded()) {
            return new CompileOutcome.Rejected(PROBLEM_DOES_NOT_COMPILE,
                    "the problem's support classes do not compile: " + support.firstMessage(), List.of(),
                    elapsedMs(startNanos));
        }

        // A module declaration would put the candidate's code in a named module the tests cannot read; given to
        // javac beside the in-memory sources, it made the compiler itself fail (an internal error, exit 3).
        for (SourceFile source : candidate.sources()) {
            if (Path.of(source.displayPath()).getFileName().toString().equals(MODULE_INFO)) {
                String message = source.displayPath() + ": " + MODULE_INFO_REFUSED;
                return new CompileOutcome.Rejected(DOES_NOT_COMPILE, message,
                        List.of(new Diagnostic(source.displayPath(), 1, 1, MODULE_INFO_REFUSED)),
                        elapsedMs(startNanos));
            }
        }

        // javac itself refuses a class in a JDK module's package ("package exists in another module") before the
        // shadow check below could see it; such a file is an attempt to shadow, not a typo.
        List<String> reserved = ShadowCheck.findShadowed(PackageLines.declaredTopLevelNames(candidate.sources()),
                List.of(), List.of());
        if (!reserved.isEmpty()) {
            return new CompileOutcome.Rejected(SHADOWS_TRUSTED_CLASS, ShadowCheck.describe(reserved), List.of(),
                    elapsedMs(startNanos));
        }
        PhaseResult candidateClasses = compileOrReuse(candidate.sources(), SourceOrigin.CANDIDATE, support.classes(),
                () -> SourceCacheKey.candidate(candidate.sources(), request.support(), OPTIONS));
        if (!candidateClasses.succeeded()) {
            List<Diagnostic> diagnostics = candidateClasses.diagnostics();
            return new CompileOutcome.Rejected(DOES_NOT_COMPILE, headline(diagnostics), diagnostics,
                    elapsedMs(startNanos));
        }

        Map<String, byte[]> runtimeClasses = new LinkedHashMap<>(support.classes());
        runtimeClasses.putAll(candidateClasses.classes());
        PhaseResult tests = compileTests(request, runtimeClasses, candidateClasses.classes());

        List<String> shadowed = ShadowCheck.findShadowed(candidateClasses.classes().keySet(), support.classes().keySet(),
                tests.succeeded() ? tests.classes().keySet() : PackageLines.declaredTopLevelNames(request.tests()));
        if (!shadowed.isEmpty()) {
            return new CompileOutcome.Rejected(SHADOWS_TRUSTED_CLASS, ShadowCheck.describe(shadowed), List.of(),
                    elapsedMs(startNanos));
        }
        var importShadowing = OnDemandImportShadowing.find(candidateClasses.classes().keySet(),
                PackageLines.declaredPackages(request.tests()), PackageLines.onDemandImports(request.tests()));
        if (importShadowing.isPresent()) {
            return new CompileOutcome.Rejected(SHADOWS_TRUSTED_CLASS, importShadowing.get(), List.of(),
                    elapsedMs(startNanos));
        }
        if (!tests.succeeded()) {
            String signature = request.expectedSignature().get();
            return new CompileOutcome.Rejected(DOES_NOT_COMPILE,
                    "the tests do not compile against your code; they expect " + signature,
                    List.of(new Diagnostic("", 0, 0, "expected " + signature)),
                    elapsedMs(startNanos));
        }
        CompiledUnit unit = new CompiledUnit(candidateClasses.classes(), support.classes(), tests.classes(),
                notes);
        return new CompileOutcome.Compiled(unit, elapsedMs(startNanos), tests.reused(),
                candidateClasses.reused() && support.reused());
    }

    /**
     * Support or candidate classes, from the cache when the very same sources were compiled before: `judge submit`
     * after `judge run` on unchanged code starts no javac at all. Only successful compilations are kept.
     */
    private PhaseResult compileOrReuse(List<SourceFile> sources, SourceOrigin origin, Map<String, byte[]> visibleClasses,
                                       Supplier<String> key) {
        if (sources.isEmpty()) {
            return new PhaseResult(true, Map.of(), List.of(), "", true);
        }
        return cachedOrCompiled(key.get(), () -> runPhase(sources, origin, visibleClasses, List.of()));
    }

    /** The tests, from the cache when nothing they compile against has changed. */
    private PhaseResult compileTests(CompileRequest request, Map<String, byte[]> runtimeClasses,
                                     Map<String, byte[]> candidateClasses) {
        String key = TestsCacheKey.of(request.tests(), request.support(), request.testLibraries(), OPTIONS,
                candidateClasses);
        return cachedOrCompiled(key,
                () -> runPhase(request.tests(), SourceOrigin.TESTS, runtimeClasses, request.testLibraries()));
    }

    /** The classes stored under {@code key}, or else javac's, which are stored when it succeeded. */
    private PhaseResult cachedOrCompiled(String key, Supplier<PhaseResult> javacPhase) {
        var cached = classesCache.find(key);
        if (cached.isPresent()) {
            return new PhaseResult(true, cached.get(), List.of(), "", true);
        }
        PhaseResult compiled = javacPhase.get();
        if (compiled.succeeded()) {
            classesCache.store(key, compiled.classes());
        }
        return compiled;
    }

    private PhaseResult runPhase(List<SourceFile> sources, SourceOrigin origin, Map<String, byte[]> visibleClasses,
                                 List<Path> libraries) {
        if (sources.isEmpty()) {
            return new PhaseResult(true, Map.of(), List.of(), "", false);
        }
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        StandardJavaFileManager standard = standardFiles.get();
        try (MemoryFileManager files = new MemoryFileManager(standard, visibleClasses)) {
            // An explicit (possibly empty) class path: javac must never fall back to $CLASSPATH or the current folder.
            standard.setLocation(StandardLocation.CLASS_PATH, libraries.stream().map(Path::toFile).toList());
            standard.setLocation(StandardLocation.SOURCE_PATH, List.<File>of());
            List<MemorySource> units = sources.stream().map(source -> new MemorySource(source, origin)).toList();
            // javac prints its own crashes (a stack overflow among them) to this writer, never to the judge's stderr.
            StringWriter javacLog = new StringWriter();
            boolean succeeded = javac.getTask(javacLog, files, collector, OPTIONS, null, units).call();
            if (!succeeded && javacLog.toString().contains(StackOverflowError.class.getName())) {
                throw new NestedTooDeeply();
            }
            List<Diagnostic> diagnostics = DiagnosticMapper.candidateErrors(collector.getDiagnostics());
            String firstMessage = DiagnosticMapper.firstError(collector.getDiagnostics());
            return new PhaseResult(succeeded, succeeded ? files.compiledClasses() : Map.of(), diagnostics, firstMessage,
                    false);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory file manager failed", e);
        }
    }

    private static String headline(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return "your code does not compile";
        }
        Diagnostic first = diagnostics.get(0);
        String firstLine = first.message().lines().findFirst().orElse("");
        return first.file() + ":" + first.line() + ":" + first.column() + ": " + firstLine;
    }

    private static long elapsedMs(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        compileThreads.shutdownNow();
    }

    /** javac caught a StackOverflowError of its own and gave up on the sources. */
    private static final class NestedTooDeeply extends RuntimeException {
        NestedTooDeeply() {
            super(NESTED_TOO_DEEPLY, null, false, false);
        }
    }

    /** @param reused the classes came from the cache, not from javac */
    private record PhaseResult(boolean succeeded, Map<String, byte[]> classes, List<Diagnostic> diagnostics,
                               String firstMessage, boolean reused) {
    }
}
