package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What may change in a class without the tests compiled against it changing, and what may not. */
class ClassSurfaceTest {
    private static final String BASE = """
            import java.util.*;
            public class Counter {
                public static final int LIMIT = 10;
                private final Map<String, Integer> counts = new HashMap<>();
                public int add(String key) {
                    return counts.merge(key, 1, Integer::sum);
                }
            }
            """;
    private static InMemoryCompiler compiler;

    @BeforeAll
    static void startCompiler() {
        compiler = new InMemoryCompiler();
    }

    @AfterAll
    static void stopCompiler() {
        compiler.close();
    }

    @ParameterizedTest(name = "{0}: same surface = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            a new method body           | return counts.merge(key, 1, Integer::sum); | return counts.merge(key, 2, (a, b) -> a + b);                          | true
            a private helper and lambda | return counts.merge(key, 1, Integer::sum); | return bump(key); } private int bump(String k) { return counts.merge(k, 1, (a, b) -> a + b); | true
            a static initialiser        | public static final int LIMIT = 10;        | public static final int LIMIT = 10; static { System.nanoTime(); }      | true
            moved lines                 | public int add(String key) {               | public int add(String key)\\n\\n{                                        | true
            a changed constant          | LIMIT = 10;                                | LIMIT = 11;                                                           | false
            a changed signature         | public int add(String key)                 | public long add(String key)                                           | false
            a new public method         | public int add(String key) {               | public void reset() { } public int add(String key) {                  | false
            a new private field         | private final Map                          | private int total; private final Map                                  | true
            a private constructor       | public int add(String key) {               | private Counter(int seed) { } public Counter() { } public int add(String key) { | false
            no lambda in any body       | return counts.merge(key, 1, Integer::sum); | counts.put(key, counts.getOrDefault(key, 0) + 1); return counts.get(key); | true
            a Map.Entry loop in a body  | return counts.merge(key, 1, Integer::sum); | int total = 0; for (Map.Entry<String, Integer> entry : counts.entrySet()) { total += entry.getValue(); } return total; | true
            a new public nested class   | public int add(String key) {               | public static final class Cell { } public int add(String key) {       | false
            """)
    void surfaceIgnoresOnlyWhatCallersCannotSee(String change, String from, String to, boolean same) {
        String changed = BASE.replace(from.strip(), to.strip().replace("\\n", "\n"));
        assertThat(changed).as(change).isNotEqualTo(BASE);

        assertThat(java.util.Arrays.equals(surfaceOf(BASE), surfaceOf(changed))).as(change).isEqualTo(same);
    }

    @Test
    void aPrivateFieldStaysWhereItCouldHideAnInheritedOne() {
        String plain = "public class Counter extends Base { public int add() { return 1; } }";
        String hiding = "public class Counter extends Base { private int shared; public int add() { return 1; } }";

        assertThat(surfaceOf(plain)).isNotEqualTo(surfaceOf(hiding));
    }

    @ParameterizedTest(name = "{0}: same surface as seen by callers naming only add = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            a package-private helper     | public int add(String key) { | int bump() { return 1; } public int add(String key) {        | true
            a public static field        | public int add(String key) { | public static int calls; public int add(String key) {       | true
            an overload of add           | public int add(String key) { | public int add(int key) { return key; } public int add(String key) { | false
            a new constructor            | public int add(String key) { | public Counter() { } public Counter(int seed) { } public int add(String key) { | false
            a changed signature of add   | public int add(String key)   | public long add(String key)                                  | false
            a new supertype              | public class Counter         | public class Counter implements Runnable                     | false
            """)
    void callersSeeOnlyTheMembersTheyCanName(String change, String from, String to, boolean same) {
        String changed = BASE.replace(from.strip(), to.strip())
                .replace("implements Runnable {", "implements Runnable { public void run() { }");
        assertThat(changed).as(change).isNotEqualTo(BASE);

        assertThat(java.util.Arrays.equals(seenByAdd(BASE), seenByAdd(changed))).as(change).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0} keeps a member no caller names")
    @CsvSource(delimiter = '|', textBlock = """
            an abstract class | public abstract class Counter { public abstract int add(String key); | public abstract class Counter { public abstract int add(String key); public int size() { return 0; }
            an interface      | public interface Counter { int add(String key);                     | public interface Counter { int add(String key); default int size() { return 0; }
            """)
    void typesACallerMayImplementKeepEveryMember(String kind, String base, String withHelper) {
        assertThat(seenByAdd(base + " }")).as(kind).isNotEqualTo(seenByAdd(withHelper + " }"));
    }

    private static byte[] seenByAdd(String source) {
        return ClassSurface.seenBy(classFileOf(source), java.util.Set.of("add")::contains);
    }

    private static byte[] classFileOf(String source) {
        SourceFile base = new SourceFile("Base.java", "public class Base { public int shared; }");
        CompileOutcome outcome = compiler.compile(new CompileRequest(List.of(new SourceFile("Counter.java", source),
                base), List.of(), List.of(), List.of(), () -> "", Duration.ofSeconds(30)));
        assertThat(outcome).as(source).isInstanceOf(CompileOutcome.Compiled.class);
        return ((CompileOutcome.Compiled) outcome).unit().candidateClasses().get("Counter");
    }

    private static byte[] surfaceOf(String source) {
        SourceFile base = new SourceFile("Base.java", "public class Base { public int shared; }");
        CompileOutcome outcome = compiler.compile(new CompileRequest(List.of(new SourceFile("Counter.java", source),
                base), List.of(), List.of(), List.of(), () -> "", Duration.ofSeconds(30)));
        assertThat(outcome).as(source).isInstanceOf(CompileOutcome.Compiled.class);
        return ClassSurface.of(((CompileOutcome.Compiled) outcome).unit().candidateClasses().get("Counter"));
    }
}
