package dev.drilljudge.compile;

import dev.drilljudge.sandbox.WorkerClasspath;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiled tests are shared between submissions whose classes look the same to the tests. Over every solution of the
 * shipped bank (accepted, slow and wrong, written independently), each time the hidden tests are taken from the
 * cache, they must be byte for byte what javac makes of them against that very submission.
 * <p>
 * It runs beside the rest of the suite (see junit-platform.properties): it is javac alone, in this JVM, with nothing
 * the other classes share; its own tests run one after another (SAME_THREAD), on two compilers made once: the fresh
 * one, without a cache, and the sharing one, whose cache keys hold the tests' and support's sources, so problems never
 * share an entry (a compiler per problem paid for a new compile thread and file manager 41 times). A compilation that
 * took its tests from no cache is itself the fresh compilation: it is compiled again only when it was refused, to
 * see that the fresh compiler refuses it too.
 */
@Execution(ExecutionMode.CONCURRENT)
class SharedTestsMatchFreshCompileTest {
    private static final Path BANK = Path.of("problems");
    /** Class sets kept at once (support, candidates, tests): a problem needs at most about ten. */
    private static final int SHARED_CLASS_SETS = 64;
    private static InMemoryCompiler fresh;
    private static InMemoryCompiler sharing;
    private static int reused;

    @BeforeAll
    static void startCompilers() {
        fresh = new InMemoryCompiler();
        sharing = new InMemoryCompiler(1, CompiledClassesCache.inMemory(SHARED_CLASS_SETS));
    }

    @AfterAll
    static void stopCompilers() {
        fresh.close();
        sharing.close();
        assertThat(reused).as("solutions that found their tests compiled: else this test proves nothing").isPositive();
    }

    static Stream<Path> problems() throws IOException {
        try (Stream<Path> folders = Files.list(BANK)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("problem.yaml"))).sorted().toList().stream();
        }
    }

    @Execution(ExecutionMode.SAME_THREAD)
    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void reusedTestsEqualAFreshCompilation(Path problem) throws IOException {
        List<SourceFile> tests = SourceTrees.readIfPresent(problem.resolve("tests/hidden"));
        List<SourceFile> support = SourceTrees.readIfPresent(problem.resolve("support"));
        for (Path solution : solutions(problem)) {
            List<SourceFile> candidate = SourceTrees.read(solution);
            CompileOutcome shared = sharing.compile(request(candidate, support, tests));
            if (shared instanceof CompileOutcome.Compiled compiled && !compiled.testsReused()) {
                continue; // javac compiled these tests against this very submission: a fresh compilation already
            }
            CompileOutcome alone = fresh.compile(request(candidate, support, tests));

            assertThat(shared.getClass()).as(solution.toString()).isEqualTo(alone.getClass());
            if (shared instanceof CompileOutcome.Compiled compiled) {
                reused++;
                assertThat(bytesEqual(compiled.unit().testClasses(),
                        ((CompileOutcome.Compiled) alone).unit().testClasses())).as(solution.toString()).isTrue();
            }
        }
    }

    private static List<Path> solutions(Path problem) throws IOException {
        List<Path> solutions = new ArrayList<>();
        for (String kind : List.of("accepted", "wrong", "slow")) {
            Path folder = problem.resolve("solutions").resolve(kind);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> children = Files.list(folder)) {
                    children.filter(Files::isDirectory).sorted().forEach(solutions::add);
                }
            }
        }
        return solutions;
    }

    private static CompileRequest request(List<SourceFile> candidate, List<SourceFile> support, List<SourceFile> tests) {
        return new CompileRequest(candidate, support, tests, WorkerClasspath.testLibraries(), () -> "",
                Duration.ofSeconds(60));
    }

    private static boolean bytesEqual(Map<String, byte[]> left, Map<String, byte[]> right) {
        return left.keySet().equals(right.keySet())
                && left.keySet().stream().allMatch(name -> java.util.Arrays.equals(left.get(name), right.get(name)));
    }
}
