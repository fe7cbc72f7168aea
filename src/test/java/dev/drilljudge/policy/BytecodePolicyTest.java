package dev.drilljudge.policy;

import dev.drilljudge.compile.CompileOutcome;
import dev.drilljudge.compile.CompileRequest;
import dev.drilljudge.compile.CompiledUnit;
import dev.drilljudge.compile.InMemoryCompiler;
import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BytecodePolicyTest {
    private static final String THREADS = ": it uses threads, which this problem does not allow";
    private static InMemoryCompiler compiler;

    @BeforeAll
    static void startCompiler() {
        compiler = new InMemoryCompiler();
    }

    @AfterAll
    static void stopCompiler() {
        compiler.close();
    }

    static CompiledUnit compile(List<SourceFile> candidate, List<SourceFile> support) {
        CompileOutcome outcome = compiler.compile(new CompileRequest(candidate, support, List.of(), List.of(),
                () -> "", Duration.ofSeconds(30)));
        assertThat(outcome).as(outcome.toString()).isInstanceOf(CompileOutcome.Compiled.class);
        return ((CompileOutcome.Compiled) outcome).unit();
    }

    static List<String> violations(ApiProfile profile, String... sources) {
        List<SourceFile> files = new java.util.ArrayList<>();
        for (String source : sources) {
            String name = source.replaceFirst("(?s).*?(?:class|interface|record|enum) (\\w+).*", "$1");
            files.add(new SourceFile(name + ".java", source));
        }
        CompiledUnit unit = compile(files, List.of());
        return BytecodePolicy.forSubmission(profile, unit.candidateClasses(), unit.supportClasses()).checkAll()
                .stream().map(PolicyViolation::describe).toList();
    }

    /** One method body on line 3 of Probe.java, checked with the default profile (no threads). */
    static List<String> bodyViolations(String body) {
        return bodyViolations(body, ApiProfile.defaults());
    }

    static List<String> bodyViolations(String body, ApiProfile profile) {
        return violations(profile, "\nclass Probe {\n    Object probe() throws Exception { " + body + " }\n}\n");
    }

    static List<String> check(ApiProfile profile, String className, byte[] classFile) {
        return BytecodePolicy.forSubmission(profile, Map.of(className, classFile), Map.of()).checkAll().stream()
                .map(PolicyViolation::describe).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // The attacks of issue 11: XSLT extension functions, XInclude, logging configuration.
            "return javax.xml.transform.TransformerFactory.newInstance();|javax.xml.transform.TransformerFactory",
            "return javax.xml.parsers.DocumentBuilderFactory.newInstance();|javax.xml.parsers.DocumentBuilderFactory",
            "java.util.logging.LogManager.getLogManager().readConfiguration(); return null;|java.util.logging.LogManager",
            "return new java.util.logging.FileHandler(\"x\");|java.util.logging.FileHandler",
            "return java.util.prefs.Preferences.userRoot();|java.util.prefs.Preferences",
            "return new javax.script.ScriptEngineManager();|javax.script.ScriptEngineManager",
            "return java.lang.management.ManagementFactory.getRuntimeMXBean();|java.lang.management.ManagementFactory",
            "return java.beans.Beans.instantiate(null, \"x\");|java.beans.Beans",
            "return java.rmi.registry.LocateRegistry.getRegistry();|java.rmi.registry.LocateRegistry",
            "return new javax.naming.InitialContext();|javax.naming.InitialContext",
            "return java.sql.DriverManager.getDrivers();|java.sql.DriverManager",
            "return new java.util.zip.ZipFile(\"x\");|java.util.zip.ZipFile",
            "return java.util.ServiceLoader.load(Runnable.class);|java.util.ServiceLoader",
            "return java.util.ResourceBundle.getBundle(\"x\");|java.util.ResourceBundle",
            // Processes, the JVM, files and the network.
            "Runtime.getRuntime().halt(0); return null;|java.lang.Runtime",
            "return new ProcessBuilder(\"ls\");|java.lang.ProcessBuilder",
            "return ProcessHandle.current();|java.lang.ProcessHandle",
            "return java.nio.file.Files.readString(java.nio.file.Path.of(\"x\"));|java.nio.file.Path",
            "return new java.io.File(\"x\");|java.io.File",
            "return new java.io.FileOutputStream(java.io.FileDescriptor.out);|java.io.FileOutputStream",
            "return new java.net.Socket(\"localhost\", 80);|java.net.Socket",
            "return java.awt.Desktop.getDesktop();|java.awt.Desktop",
            "return sun.misc.Unsafe.class;|sun.misc.Unsafe",
            "return com.sun.net.httpserver.HttpServer.create();|com.sun.net.httpserver.HttpServer",
            // Reflection and method handles.
            "return java.lang.invoke.MethodHandles.lookup();|java.lang.invoke.MethodHandles",
            "return java.lang.invoke.MethodHandles.publicLookup().findStatic(System.class, \"exit\", null);"
                    + "|java.lang.invoke.MethodHandles",
            "java.lang.reflect.Method method = null; return method.invoke(null);|java.lang.reflect.Method",
            "Object value = 1; return value instanceof java.lang.reflect.Proxy;|java.lang.reflect.Proxy",
            "return Thread.currentThread().getContextClassLoader();|java.lang.Thread.getContextClassLoader",
            "return new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(new byte[0])).readObject();"
                    + "|java.io.ObjectInputStream",
            "new java.io.ObjectOutputStream(new java.io.ByteArrayOutputStream()).writeObject(1); return null;"
                    + "|java.io.ObjectOutputStream",
    })
    void refusedClassIsNamedWithItsLine(String body, String api) {
        assertThat(bodyViolations(body)).first().isEqualTo(api + " is not available in this problem (Probe.java:3)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "System.exit(1); return null;|java.lang.System.exit",
            "return System.getenv(\"HOME\");|java.lang.System.getenv",
            "return System.getProperties();|java.lang.System.getProperties",
            "return System.getProperty(\"user.dir\");|java.lang.System.getProperty",
            "System.setOut(null); return null;|java.lang.System.setOut",
            "return System.setProperty(\"a\", \"b\");|java.lang.System.setProperty",
            "System.loadLibrary(\"x\"); return null;|java.lang.System.loadLibrary",
            "System.load(\"/x.so\"); return null;|java.lang.System.load",
            "return System.getLogger(\"x\");|java.lang.System.getLogger",
            "return Class.forName(\"Probe\");|java.lang.Class.forName",
            "return Probe.class.getDeclaredFields();|java.lang.Class.getDeclaredFields",
            "return Probe.class.getDeclaredMethods()[0].getName();|java.lang.Class.getDeclaredMethods",
            "return Probe.class.getClassLoader();|java.lang.Class.getClassLoader",
            "return Probe.class.getResourceAsStream(\"x\");|java.lang.Class.getResourceAsStream",
            "return Integer.getInteger(\"x\");|java.lang.Integer.getInteger",
            "Object loop = null; while (true) { loop = Thread.currentThread().getThreadGroup(); }"
                    + "|java.lang.Thread.getThreadGroup",
            "java.util.Locale.setDefault(java.util.Locale.FRANCE); return null;|java.util.Locale.setDefault",
            "new java.util.Properties().loadFromXML(null); return null;|java.util.Properties.loadFromXML",
            "return System.getenv().size();|java.lang.System.getenv",
    })
    void refusedMemberOfAnAllowedClassIsNamed(String body, String api) {
        assertThat(bodyViolations(body)).first().isEqualTo(api + " is not available in this problem (Probe.java:3)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "return new java.io.PrintStream(\"out.txt\");|java.io.PrintStream.<init>",
            "return new java.io.PrintWriter(\"out.txt\", \"UTF-8\");|java.io.PrintWriter.<init>",
            "return new java.util.Formatter(\"out.txt\");|java.util.Formatter.<init>",
    })
    void constructorsThatOpenAFileAreRefused(String body, String api) {
        assertThat(bodyViolations(body)).containsExactly(api + " is not available in this problem (Probe.java:3): "
                + "it opens a file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "return new Thread(() -> { });|java.lang.Thread.<init>",
            "return java.util.concurrent.Executors.newFixedThreadPool(2);|java.util.concurrent.Executors",
            "return java.util.concurrent.CompletableFuture.completedFuture(1).thenRunAsync(() -> { });"
                    + "|java.util.concurrent.CompletableFuture",
            "java.util.concurrent.CompletionStage<Integer> stage = null; "
                    + "return stage.thenAcceptBothAsync(stage, (a, b) -> { });|java.util.concurrent.CompletionStage",
            "return java.util.List.of(1).parallelStream();|java.util.List.parallelStream",
            "return new java.util.ArrayList<Integer>().stream().parallel();|java.util.stream.Stream.parallel",
            "return java.util.stream.IntStream.range(0, 9).parallel().sum();|java.util.stream.IntStream.parallel",
            "int[] a = {3, 1}; java.util.Arrays.parallelSort(a); return a;|java.util.Arrays.parallelSort",
            "int[] a = {3, 1}; java.util.Arrays.parallelPrefix(a, Integer::sum); return a;"
                    + "|java.util.Arrays.parallelPrefix",
            "new java.util.concurrent.ConcurrentHashMap<String, Integer>().forEach(1L, (k, v) -> { }); return null;"
                    + "|java.util.concurrent.ConcurrentHashMap.forEach",
            "return new java.util.concurrent.ConcurrentHashMap<String, Integer>().reduceValues(1L, Integer::sum);"
                    + "|java.util.concurrent.ConcurrentHashMap.reduceValues",
            "boolean flag = Math.random() > 2; "
                    + "return java.util.stream.StreamSupport.stream(java.util.List.of(1).spliterator(), flag);"
                    + "|java.util.stream.StreamSupport.stream",
            "return java.util.stream.StreamSupport.stream(java.util.List.of(1).spliterator(), true);"
                    + "|java.util.stream.StreamSupport.stream",
            "return java.lang.ref.Cleaner.create();|java.lang.ref.Cleaner",
            "return new java.util.concurrent.SubmissionPublisher<String>();|java.util.concurrent.SubmissionPublisher",
            "return new java.util.Timer();|java.util.Timer",
            "Thread.currentThread().setName(\"x\"); return null;|java.lang.Thread.setName",
    })
    void everyThreadPathIsRefusedWithoutThreads(String body, String api) {
        assertThat(bodyViolations(body)).first().isEqualTo(api + " is not available in this problem (Probe.java:3)"
                + THREADS);
    }

    @Test
    void threadPathsAreAllowedWhenTheProblemAllowsThreads() {
        ApiProfile threads = ApiProfile.forProblem(true, List.of());

        assertThat(bodyViolations("Thread worker = new Thread(() -> { }); worker.start(); return worker;", threads))
                .isEmpty();
        assertThat(bodyViolations("return java.util.concurrent.CompletableFuture.supplyAsync(() -> 1)"
                + ".thenRunAsync(() -> { });", threads)).isEmpty();
        assertThat(bodyViolations("return java.util.List.of(1).parallelStream().count();", threads)).isEmpty();
        assertThat(bodyViolations("return java.util.stream.StreamSupport.stream(java.util.List.of(1).spliterator(), "
                + "true);", threads)).isEmpty();
    }

    @Test
    void reachingOtherThreadsOrLoadersIsRefusedEvenWithThreads() {
        ApiProfile threads = ApiProfile.forProblem(true, List.of());

        assertThat(bodyViolations("return Thread.getAllStackTraces();", threads)).containsExactly(
                "java.lang.Thread.getAllStackTraces is not available in this problem (Probe.java:3)");
        assertThat(bodyViolations("Thread.setDefaultUncaughtExceptionHandler(null); return null;", threads))
                .containsExactly("java.lang.Thread.setDefaultUncaughtExceptionHandler is not available in this "
                        + "problem (Probe.java:3)");
        assertThat(bodyViolations("return java.util.concurrent.atomic.AtomicIntegerFieldUpdater.newUpdater("
                + "Probe.class, \"x\");", threads)).containsExactly("java.util.concurrent.atomic."
                + "AtomicIntegerFieldUpdater is not available in this problem (Probe.java:3)");
    }

    @Test
    void streamSupportWithTheConstantFalseIsProvablySequential() {
        assertThat(bodyViolations("return java.util.stream.StreamSupport.stream(java.util.List.of(1).spliterator(), "
                + "false).count();")).isEmpty();
    }

    @Test
    void aJumpBetweenFalseAndTheStreamSupportCallIsRefused() {
        // flag ? true : false compiles to ... ICONST_0, L: INVOKESTATIC with a jump to L from the ICONST_1 branch.
        assertThat(bodyViolations("boolean flag = Math.random() > 2; return java.util.stream.StreamSupport.stream("
                + "java.util.List.of(1).spliterator(), flag ? true : false);")).containsExactly(
                "java.util.stream.StreamSupport.stream is not available in this problem (Probe.java:3)" + THREADS);
    }

    @Test
    void classExtendingCountedCompleterIsRefusedAtItsDeclaration() {
        assertThat(violations(ApiProfile.defaults(), """
                class Splitter extends java.util.concurrent.CountedCompleter<Void> {
                    public void compute() { tryComplete(); }
                }
                """)).containsExactly("java.util.concurrent.CountedCompleter is not available in this problem "
                + "(Splitter.java)" + THREADS,
                "java.util.concurrent.CountedCompleter is not available in this problem (Splitter.java:1)" + THREADS);
    }

    @Test
    void inheritedParallelStreamOfACandidateCollectionIsRefused() {
        assertThat(violations(ApiProfile.defaults(), """
                class Tasks extends java.util.ArrayList<Integer> {
                    long count() { return this.parallelStream().count(); }
                }
                """)).containsExactly("java.util.ArrayList.parallelStream is not available in this problem "
                + "(Tasks.java:2)" + THREADS);
    }

    @Test
    void abstractCandidateMethodImplementedByAnInheritedJdkMethodIsRefused() {
        // Calling Source.forEach(long, ..) reaches ConcurrentHashMap's parallel forEach through Tasks.
        assertThat(violations(ApiProfile.defaults(), """
                interface Source {
                    void forEach(long parallelism, java.util.function.BiConsumer<? super String, ? super Integer> a);
                }
                """, """
                class Tasks extends java.util.concurrent.ConcurrentHashMap<String, Integer> implements Source {
                    void run() { Source source = this; source.forEach(1L, (key, value) -> { }); }
                }
                """)).containsExactly("java.util.concurrent.ConcurrentHashMap.forEach is not available in this "
                + "problem (Tasks.java:2)" + THREADS);
    }

    @Test
    void classExtendingThreadIsRefusedWithoutThreadsOnly() {
        String worker = "class Worker extends Thread { public void run() { } }";

        assertThat(violations(ApiProfile.defaults(), worker)).containsExactly(
                "java.lang.Thread is not available in this problem (Worker.java)" + THREADS,
                "java.lang.Thread.<init> is not available in this problem (Worker.java:1)" + THREADS);
        assertThat(violations(ApiProfile.forProblem(true, List.of()), worker)).isEmpty();
    }

    @Test
    void declaringFinalizeIsRefusedWithoutThreads() {
        assertThat(violations(ApiProfile.defaults(), "class Haunt { protected void finalize() { } }"))
                .containsExactly("java.lang.Object.finalize is not available in this problem (Haunt.java)" + THREADS);
    }

    @Test
    void methodReferenceToARefusedMethodIsCaught() {
        assertThat(bodyViolations("java.util.function.IntConsumer quit = System::exit; return quit;"))
                .containsExactly("java.lang.System.exit is not available in this problem (Probe.java:3)");
    }

    @Test
    void annotationFromARefusedPackageIsCaught() {
        assertThat(violations(ApiProfile.defaults(), "@java.beans.JavaBean class Bean { }"))
                .containsExactly("java.beans.JavaBean is not available in this problem (Bean.java)");
    }

    @Test
    void classConstantOfARefusedClassIsCaught() {
        assertThat(bodyViolations("return javax.xml.transform.TransformerFactory.class;"))
                .containsExactly("javax.xml.transform.TransformerFactory is not available in this problem "
                        + "(Probe.java:3)");
    }

    @Test
    void refusedTypesInDeclarationsAndCatchClausesAreCaught() {
        assertThat(violations(ApiProfile.defaults(), """
                class Holder {
                    java.util.List<java.net.URL> urls;
                    java.io.File file() { return null; }
                    void parse() {
                        try { urls = null; } catch (java.io.UncheckedIOException | java.util.zip.ZipError e) { }
                    }
                }
                """)).containsExactly(
                "java.net.URL is not available in this problem (Holder.java)",
                "java.io.File is not available in this problem (Holder.java)",
                "java.util.zip.ZipError is not available in this problem (Holder.java:5)");
    }

    @Test
    void argumentTypeOfARefusedKindIsCaught() {
        // Scanner is allowed on text and System.in, not on a file.
        assertThat(violations(ApiProfile.defaults(), """
                class Reader {
                    Object open(java.nio.file.Path path) throws Exception { return new java.util.Scanner(path); }
                }
                """)).containsExactly("java.nio.file.Path is not available in this problem (Reader.java)",
                "java.nio.file.Path is not available in this problem (Reader.java:2)");
    }

    @Test
    void problemEntriesWidenTheList() {
        ApiProfile widened = ApiProfile.forProblem(false, List.of("java.io.File", "java.lang.System#getProperty",
                "java.util.concurrent.*"));

        assertThat(bodyViolations("return new java.io.File(\"x\").getName() + System.getProperty(\"a\");", widened))
                .isEmpty();
        assertThat(bodyViolations("return java.util.concurrent.Executors.newSingleThreadExecutor();", widened))
                .isEmpty();
        assertThat(bodyViolations("return System.getenv(\"a\");", widened))
                .containsExactly("java.lang.System.getenv is not available in this problem (Probe.java:3)");
    }

    @Test
    void problemEntriesCannotOpenTheTestFrameworksOrTheJudge() {
        assertThatThrownBy(() -> ApiProfile.forProblem(false, List.of("org.junit.jupiter.api.*")))
                .hasMessage("'org.junit.jupiter.api.*' cannot be allowed: the test frameworks and the judge stay "
                        + "out of reach of candidate code");
        assertThatThrownBy(() -> ApiProfile.forProblem(false, List.of("java.util.Map#")))
                .hasMessage("'java.util.Map#' is not an API entry; write a package (java.util.concurrent.*), a class "
                        + "(java.io.StringReader) or a member (java.lang.Thread#sleep)");
    }

    // --- class files javac would not produce from the candidate's sources (a planted or edited class file) -------

    @Test
    void classExtendingAnOpentest4jTypeIsRefused() {
        byte[] classFile = classFile("Fake", "org/opentest4j/TestAbortedException", null);

        assertThat(check(ApiProfile.defaults(), "Fake", classFile)).containsExactly(
                "org.opentest4j.TestAbortedException is not available in this problem (Fake.java)");
    }

    @Test
    void classImplementingAJunitTypeIsRefused() {
        byte[] classFile = classFile("Condition", "java/lang/Object",
                new String[] {"org/junit/jupiter/api/extension/ExecutionCondition"});

        assertThat(check(ApiProfile.defaults(), "Condition", classFile)).containsExactly(
                "org.junit.jupiter.api.extension.ExecutionCondition is not available in this problem "
                        + "(Condition.java)");
    }

    @Test
    void throwingAnAssertionFailedErrorIsRefused() {
        byte[] classFile = classWithMethod("Liar", method -> {
            method.visitTypeInsn(Opcodes.NEW, "org/opentest4j/AssertionFailedError");
            method.visitInsn(Opcodes.DUP);
            method.visitMethodInsn(Opcodes.INVOKESPECIAL, "org/opentest4j/AssertionFailedError", "<init>", "()V",
                    false);
            method.visitInsn(Opcodes.ATHROW);
        });

        assertThat(check(ApiProfile.defaults(), "Liar", classFile)).containsExactly(
                "org.opentest4j.AssertionFailedError is not available in this problem (Liar.java:7)");
    }

    @Test
    void abortingThroughAssumptionsIsRefused() {
        byte[] classFile = classWithMethod("Quitter", method -> {
            method.visitLdcInsn("skip");
            method.visitMethodInsn(Opcodes.INVOKESTATIC, "org/junit/jupiter/api/Assumptions", "abort",
                    "(Ljava/lang/String;)Ljava/lang/Object;", false);
            method.visitInsn(Opcodes.ATHROW);
        });

        assertThat(check(ApiProfile.defaults(), "Quitter", classFile)).containsExactly(
                "org.junit.jupiter.api.Assumptions is not available in this problem (Quitter.java:7)");
    }

    @Test
    void ldcOfARefusedClassConstantIsRefused() {
        byte[] classFile = classWithMethod("Constant", method -> {
            method.visitLdcInsn(Type.getObjectType("javax/xml/transform/TransformerFactory"));
            method.visitInsn(Opcodes.ATHROW);
        });

        assertThat(check(ApiProfile.defaults(), "Constant", classFile)).containsExactly(
                "javax.xml.transform.TransformerFactory is not available in this problem (Constant.java:7)");
    }

    @Test
    void methodHandleConstantToARefusedMethodIsRefused() {
        byte[] classFile = classWithMethod("Handle", method -> {
            method.visitLdcInsn(new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System", "exit", "(I)V", false));
            method.visitInsn(Opcodes.ATHROW);
        });

        assertThat(check(ApiProfile.defaults(), "Handle", classFile)).containsExactly(
                "java.lang.System.exit is not available in this problem (Handle.java:7)");
    }

    @Test
    void aBootstrapJavacDoesNotEmitIsRefused() {
        byte[] classFile = classWithMethod("Dynamic", method -> {
            method.visitInvokeDynamicInsn("run", "()V", new Handle(Opcodes.H_INVOKESTATIC,
                    "java/lang/invoke/ConstantBootstraps", "invoke",
                    "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;"
                            + "Ljava/lang/invoke/MethodHandle;[Ljava/lang/Object;)Ljava/lang/Object;", false));
            method.visitInsn(Opcodes.ACONST_NULL);
            method.visitInsn(Opcodes.ATHROW);
        });

        assertThat(check(ApiProfile.defaults(), "Dynamic", classFile)).containsExactly(
                "java.lang.invoke.ConstantBootstraps.invoke is not available in this problem (Dynamic.java:7): "
                        + "only the bootstraps javac emits are allowed");
    }

    @Test
    void aMalformedClassFileIsRefused() {
        assertThat(check(ApiProfile.defaults(), "Broken", new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1}))
                .containsExactly("a malformed class file is not available in this problem (Broken): only class files "
                        + "the compiler produced are run");
    }

    @Test
    void everydayInterviewCodeIsClean() {
        String body = """
                java.util.Map<String, Integer> counts = new java.util.HashMap<>();
                java.util.PriorityQueue<int[]> heap = new java.util.PriorityQueue<>((a, b) -> a[0] - b[0]);
                StringBuilder text = new StringBuilder().append(Math.max(1, 2)).append(String.format("%d", 3));
                java.util.List<Integer> sorted = java.util.stream.IntStream.range(0, 5).boxed().sorted().toList();
                System.out.println(text + " " + Thread.currentThread().getName() + Probe.class.getSimpleName());
                Object[] array = java.util.Arrays.copyOf(new Object[] {counts, heap, sorted}, 3);
                assert array.length == 3 : "three";
                new java.util.concurrent.ConcurrentHashMap<String, Integer>().forEach((k, v) -> { });
                Thread.sleep(0);
                byte[] bytes = "x".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.StringReader("a\\nb"));
                new java.io.PrintWriter(System.out).flush();
                return new java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger>();
                """;

        assertThat(bodyViolations(body)).isEmpty();
    }

    /** A class of the given supertypes with SourceFile name.java. */
    private static byte[] classFile(String name, String superName, String[] interfaces) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, superName, interfaces);
        writer.visitSource(name + ".java", null);
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** A class whose static method run() is the given code, on line 7 of name.java. */
    private static byte[] classWithMethod(String name, java.util.function.Consumer<MethodVisitor> code) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
        writer.visitSource(name + ".java", null);
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()V", null, null);
        method.visitCode();
        Label start = new Label();
        method.visitLabel(start);
        method.visitLineNumber(7, start);
        code.accept(method);
        method.visitMaxs(0, 0);
        method.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }
}
