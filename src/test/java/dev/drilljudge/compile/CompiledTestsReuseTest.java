package dev.drilljudge.compile;

import dev.drilljudge.sandbox.WorkerClasspath;
import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CompiledTestsReuseTest {
    private static final SourceFile TEST = new SourceFile("AdderTest.java", """
            import org.junit.jupiter.api.Test;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            class AdderTest {
                @Test void adds() { assertEquals(Adder.BASE + 3, new Adder().add(1, 2)); }
            }
            """);
    private static final String ADDER = "class Adder { static final int BASE = %d; int add(int left, int right) { %s } }";

    private final RecordingCache cache = new RecordingCache();
    private final InMemoryCompiler compiler = new InMemoryCompiler(1, cache);

    @AfterEach
    void stopCompiler() {
        compiler.close();
    }

    @Test
    void aNewMethodBodyReusesTheCompiledTests() {
        CompiledUnit first = compiled(String.format(ADDER, 0, "return left + right;"));
        CompiledUnit second = compiled(String.format(ADDER, 0, "int sum = left; sum += right; return sum;"));

        // Each compile looks up its candidate classes, then its tests.
        assertThat(cache.lookups).containsExactly("miss", "miss", "miss", "hit");
        assertThat(second.testClasses().get("AdderTest")).isEqualTo(first.testClasses().get("AdderTest"));
        assertThat(second.candidateClasses().get("Adder")).isNotEqualTo(first.candidateClasses().get("Adder"));
    }

    @Test
    void submissionsThatDifferInBodiesAndInHelpersTheTestsNeverNameCompileTheTestsOnce() {
        List<String> submissions = List.of(
                "class Adder { static final int BASE = 0; int add(int left, int right) { return left + right; } }",
                "class Adder { static final int BASE = 0; int add(int left, int right) { return sum(left, right); }"
                        + " int sum(int a, int b) { return a + b; } }",
                "class Adder { static final int BASE = 0; static int calls; int add(int left, int right) { calls++;"
                        + " return left + right; } }",
                "class Adder { static final int BASE = 0; int add(int left, int right) { return twice(left)"
                        + " / 2 + right; } static int twice(int value) { return 2 * value; } }",
                "class Adder { static final int BASE = 0; final java.util.List<Integer> seen = new java.util.ArrayList<>();"
                        + " int add(int left, int right) { seen.add(left); return left + right; } }");

        List<Boolean> testsReused = submissions.stream().map(this::compile)
                .map(outcome -> ((CompileOutcome.Compiled) outcome).testsReused()).toList();

        assertThat(testsReused).containsExactly(false, true, true, true, true);
        assertThat(cache.lookups).as("each submission's candidate is compiled; the tests once").containsExactly(
                "miss", "miss", "miss", "hit", "miss", "hit", "miss", "hit", "miss", "hit");
        assertThat(cache.stored).hasSize(6);
    }

    @Test
    void aHelperTheTestsCouldCallRecompilesThem() {
        compiled(String.format(ADDER, 0, "return left + right;"));
        CompileOutcome overloaded = compile("class Adder { static final int BASE = 0;"
                + " int add(int left, int right) { return left + right; }"
                + " long add(long left, long right) { return left + right; } }");

        assertThat(overloaded).isInstanceOfSatisfying(CompileOutcome.Compiled.class,
                compiled -> assertThat(compiled.testsReused()).as("javac may pick another add").isFalse());
        assertThat(cache.lookups).containsExactly("miss", "miss", "miss", "miss");
    }

    @Test
    void aChangedConstantRecompilesTheTestsThatInlineIt() {
        compiled(String.format(ADDER, 0, "return left + right;"));
        compiled(String.format(ADDER, 7, "return left + right;"));

        assertThat(cache.lookups).containsExactly("miss", "miss", "miss", "miss");
        assertThat(cache.stored).hasSize(4);
    }

    @Test
    void aSignatureTheTestsCannotUseIsACompileErrorEvenAfterAHit() {
        compiled(String.format(ADDER, 0, "return left + right;"));

        CompileOutcome outcome = compile("class Adder { static final int BASE = 0; long add(long left, String right) { return left; } }");

        assertThat(outcome).isInstanceOfSatisfying(CompileOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(CompileOutcome.Reason.DOES_NOT_COMPILE));
        assertThat(cache.lookups).containsExactly("miss", "miss", "miss", "miss");
        assertThat(cache.stored).as("both candidates compiled; only the first one's tests did").hasSize(3);
    }

    @Test
    void theSameCodeAgainRunsNoJavacAtAll() {
        String adder = String.format(ADDER, 0, "return left + right;");
        CompiledUnit first = compiled(adder);

        CompileOutcome again = compile(adder);

        assertThat(cache.lookups).containsExactly("miss", "miss", "hit", "hit");
        assertThat(again).isInstanceOfSatisfying(CompileOutcome.Compiled.class, compiled -> {
            assertThat(compiled.candidateReused()).isTrue();
            assertThat(compiled.testsReused()).isTrue();
            assertThat(compiled.unit().candidateClasses().get("Adder")).isEqualTo(first.candidateClasses().get("Adder"));
        });
    }

    @Test
    void codeThatDoesNotCompileIsNeverKept() {
        String broken = "class Adder { int add(int left, int right) { return left + } }";

        CompileOutcome first = compile(broken);
        CompileOutcome second = compile(broken);

        assertThat(List.of(first, second)).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfSatisfying(CompileOutcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(CompileOutcome.Reason.DOES_NOT_COMPILE)));
        assertThat(cache.lookups).containsExactly("miss", "miss");
        assertThat(cache.stored).isEmpty();
    }

    @Test
    void supportClassesAreKeptToo() {
        SourceFile support = new SourceFile("Offset.java", "final class Offset { static int of(int value) { return value; } }");
        String adder = String.format(ADDER, 0, "return Offset.of(left) + right;");

        CompileOutcome first = compiler.compile(requestWithSupport(adder, support));
        CompileOutcome second = compiler.compile(requestWithSupport(adder, support));

        // Support, candidate, tests; then the same three from the cache.
        assertThat(cache.lookups).containsExactly("miss", "miss", "miss", "hit", "hit", "hit");
        assertThat(first).isInstanceOfSatisfying(CompileOutcome.Compiled.class,
                compiled -> assertThat(compiled.candidateReused()).isFalse());
        assertThat(second).isInstanceOfSatisfying(CompileOutcome.Compiled.class, compiled -> {
            assertThat(compiled.candidateReused()).isTrue();
            assertThat(compiled.unit().supportClasses()).containsOnlyKeys("Offset");
        });
    }

    private static CompileRequest requestWithSupport(String adder, SourceFile support) {
        return new CompileRequest(List.of(new SourceFile("Adder.java", adder)), List.of(support), List.of(TEST),
                WorkerClasspath.testLibraries(), () -> "class Adder { int add(int left, int right) }",
                Duration.ofSeconds(30));
    }

    private CompiledUnit compiled(String adder) {
        CompileOutcome outcome = compile(adder);
        assertThat(outcome).as(adder).isInstanceOf(CompileOutcome.Compiled.class);
        return ((CompileOutcome.Compiled) outcome).unit();
    }

    private CompileOutcome compile(String adder) {
        return compiler.compile(new CompileRequest(List.of(new SourceFile("Adder.java", adder)), List.of(),
                List.of(TEST), WorkerClasspath.testLibraries(), () -> "class Adder { int add(int left, int right) }",
                Duration.ofSeconds(30)));
    }

    /** An in-memory cache that records what the compiler asked of it. */
    private static final class RecordingCache implements CompiledClassesCache {
        private final CompiledClassesCache delegate = CompiledClassesCache.inMemory(8);
        final List<String> lookups = new ArrayList<>();
        final List<String> stored = new ArrayList<>();

        @Override
        public Optional<Map<String, byte[]>> find(String key) {
            Optional<Map<String, byte[]>> found = delegate.find(key);
            lookups.add(found.isPresent() ? "hit" : "miss");
            return found;
        }

        @Override
        public void store(String key, Map<String, byte[]> testClasses) {
            stored.add(key);
            delegate.store(key, testClasses);
        }
    }
}
