package dev.drilljudge.compile;

import dev.drilljudge.sandbox.WorkerClasspath;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.verdict.Verdict;
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

        assertThat(cache.lookups).containsExactly("miss", "hit");
        assertThat(second.testClasses().get("AdderTest")).isEqualTo(first.testClasses().get("AdderTest"));
        assertThat(second.candidateClasses().get("Adder")).isNotEqualTo(first.candidateClasses().get("Adder"));
    }

    @Test
    void aChangedConstantRecompilesTheTestsThatInlineIt() {
        compiled(String.format(ADDER, 0, "return left + right;"));
        compiled(String.format(ADDER, 7, "return left + right;"));

        assertThat(cache.lookups).containsExactly("miss", "miss");
        assertThat(cache.stored).hasSize(2);
    }

    @Test
    void aSignatureTheTestsCannotUseIsACompileErrorEvenAfterAHit() {
        compiled(String.format(ADDER, 0, "return left + right;"));

        CompileOutcome outcome = compile("class Adder { static final int BASE = 0; long add(long left, String right) { return left; } }");

        assertThat(outcome).isInstanceOfSatisfying(CompileOutcome.Rejected.class,
                rejected -> assertThat(rejected.verdict()).isEqualTo(Verdict.COMPILE_ERROR));
        assertThat(cache.lookups).containsExactly("miss", "miss");
        assertThat(cache.stored).hasSize(1);
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
    private static final class RecordingCache implements CompiledTestsCache {
        private final CompiledTestsCache delegate = CompiledTestsCache.inMemory(8);
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
