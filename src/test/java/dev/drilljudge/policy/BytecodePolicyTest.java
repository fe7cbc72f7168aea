package dev.drilljudge.policy;

import dev.drilljudge.compile.CompileOutcome;
import dev.drilljudge.compile.CompileRequest;
import dev.drilljudge.compile.InMemoryCompiler;
import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BytecodePolicyTest {
    private static InMemoryCompiler compiler;

    @BeforeAll
    static void startCompiler() {
        compiler = new InMemoryCompiler();
    }

    @AfterAll
    static void stopCompiler() {
        compiler.close();
    }

    /** Compiles one method body (line 3 of Probe.java) and checks the class with the policy. */
    private static List<PolicyViolation> violations(String imports, String body, boolean allowThreads) {
        String source = imports + "\nclass Probe {\n    Object probe() throws Exception { " + body + " }\n}\n";
        CompileOutcome outcome = compiler.compile(new CompileRequest(List.of(new SourceFile("Probe.java", source)),
                List.of(), List.of(), List.of(), () -> "", Duration.ofSeconds(30)));
        assertThat(outcome).as(outcome.toString()).isInstanceOf(CompileOutcome.Compiled.class);
        BytecodePolicy policy = BytecodePolicy.forSubmission(allowThreads);
        List<PolicyViolation> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> compiled : ((CompileOutcome.Compiled) outcome).unit().candidateClasses().entrySet()) {
            found.addAll(policy.check(compiled.getKey(), compiled.getValue()));
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "System.exit(1); return null;|java.lang.System.exit|processes and the JVM's lifecycle",
            "Runtime.getRuntime().halt(0); return null;|java.lang.Runtime.halt|processes and the JVM's lifecycle",
            "Runtime.getRuntime().addShutdownHook(null); return null;|java.lang.Runtime.addShutdownHook|processes and the JVM's lifecycle",
            "return new ProcessBuilder(\"ls\");|java.lang.ProcessBuilder|processes and the JVM's lifecycle",
            "return System.getenv(\"HOME\");|java.lang.System.getenv|processes and the JVM's lifecycle",
            "return java.nio.file.Files.readString(java.nio.file.Path.of(\"x\"));|java.nio.file.Path.of|file system access",
            "return new java.io.File(\"x\");|java.io.File|file system access",
            "return new java.io.PrintStream(\"out.txt\");|java.io.PrintStream.<init>|file system access",
            "return new java.net.Socket(\"localhost\", 80);|java.net.Socket|network access",
            "return Class.forName(\"Probe\");|java.lang.Class.forName|reflection",
            "return Probe.class.getDeclaredFields();|java.lang.Class.getDeclaredFields|reflection",
            "return java.lang.invoke.MethodHandles.lookup();|java.lang.invoke.MethodHandles.lookup|reflection",
            "return Probe.class.getClassLoader();|java.lang.Class.getClassLoader|reflection",
            "System.setOut(null); return null;|java.lang.System.setOut|replacing the standard streams or global settings",
            "return System.setProperty(\"a\", \"b\");|java.lang.System.setProperty|replacing the standard streams or global settings",
            "java.util.Locale.setDefault(java.util.Locale.FRANCE); return null;|java.util.Locale.setDefault|replacing the standard streams or global settings",
            "System.loadLibrary(\"x\"); return null;|java.lang.System.loadLibrary|processes and the JVM's lifecycle",
            "return java.nio.ByteBuffer.allocateDirect(1 << 30);|java.nio.ByteBuffer.allocateDirect|class loaders, native code and JVM internals",
            "return new Thread(() -> { });|java.lang.Thread|threads (this problem does not allow them)",
            "return java.util.concurrent.Executors.newFixedThreadPool(2);|java.util.concurrent.Executors.newFixedThreadPool|threads (this problem does not allow them)",
            "return java.util.List.of(1).parallelStream();|java.util.List.parallelStream|threads (this problem does not allow them)",
            "return java.util.concurrent.CompletableFuture.supplyAsync(() -> 1);|java.util.concurrent.CompletableFuture.supplyAsync|threads (this problem does not allow them)",
            "return java.lang.ref.Cleaner.create();|java.lang.ref.Cleaner.create|threads (this problem does not allow them)",
            "return new java.util.concurrent.SubmissionPublisher<String>();|java.util.concurrent.SubmissionPublisher|threads (this problem does not allow them)",
            "return java.awt.Desktop.getDesktop();|java.awt.Desktop.getDesktop|processes and the JVM's lifecycle",
    })
    void forbiddenApiIsNamedWithItsLine(String body, String api, String reason) {
        List<PolicyViolation> found = violations("", body, false);

        assertThat(found).isNotEmpty();
        assertThat(found.get(0)).isEqualTo(new PolicyViolation("Probe", "Probe.java", 3, api, reason));
    }

    @Test
    void methodReferenceToAForbiddenMethodIsCaught() {
        List<PolicyViolation> found = violations("import java.util.function.IntConsumer;",
                "IntConsumer quit = System::exit; return quit;", false);

        assertThat(found).extracting(PolicyViolation::api).containsExactly("java.lang.System.exit");
    }

    @Test
    void extendingThreadIsCaughtAtTheClassLevel() {
        String source = "class Worker extends Thread { }";
        CompileOutcome outcome = compiler.compile(new CompileRequest(List.of(new SourceFile("Worker.java", source)),
                List.of(), List.of(), List.of(), () -> "", Duration.ofSeconds(30)));
        byte[] bytes = ((CompileOutcome.Compiled) outcome).unit().candidateClasses().get("Worker");

        assertThat(BytecodePolicy.forSubmission(false).check("Worker", bytes))
                .extracting(PolicyViolation::describe).contains("java.lang.Thread at Worker.java (threads (this problem does not allow them))");
        assertThat(BytecodePolicy.forSubmission(true).check("Worker", bytes)).isEmpty();
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
                java.awt.Point cell = new java.awt.Point(1, 2);
                cell.translate(cell.x, cell.y);
                return new java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger>();
                """;

        assertThat(violations("", body, false)).isEmpty();
    }

    @Test
    void moreEverydayLibraryCallsAreClean() {
        String body = """
                java.util.Deque<Integer> stack = new java.util.ArrayDeque<>();
                java.util.TreeMap<String, java.util.List<Integer>> index = new java.util.TreeMap<>();
                java.util.Map<Character, Long> counts = "hello".chars().mapToObj(c -> (char) c)
                        .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting()));
                java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("([0-9]+)ms").matcher("15ms");
                java.math.BigInteger big = java.math.BigInteger.valueOf(Long.MAX_VALUE).multiply(java.math.BigInteger.TWO);
                java.time.Duration duration = java.time.Duration.ofMinutes(90).plusSeconds(Math.floorMod(-7, 5));
                java.util.Random random = new java.util.Random(42);
                java.util.UUID id = java.util.UUID.randomUUID();
                long now = System.nanoTime() + System.currentTimeMillis();
                String text = String.format(java.util.Locale.ROOT, "%d-%s", now, System.lineSeparator());
                java.util.Objects.requireNonNull(text, "text");
                new IllegalStateException("boom").printStackTrace();
                java.util.BitSet bits = new java.util.BitSet();
                java.util.concurrent.atomic.AtomicInteger counter = new java.util.concurrent.atomic.AtomicInteger();
                java.util.Iterator<Integer> iterator = java.util.List.of(1, 2).iterator();
                return java.util.List.of(stack, index, counts, matcher.matches(), big, duration, random.nextInt(),
                        id, bits, counter, iterator, new java.util.Scanner("1 2").nextInt(), Integer.parseInt("7"));
                """;

        assertThat(violations("", body, false)).isEmpty();
    }

    @Test
    void threadsAreAllowedWhenTheProblemSaysSo() {
        assertThat(violations("", "Thread worker = new Thread(() -> { }); worker.start(); return worker;", true))
                .isEmpty();
    }
}
