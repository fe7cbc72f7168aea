package dev.drilljudge.policy;

import dev.drilljudge.compile.CompileOutcome;
import dev.drilljudge.compile.CompileRequest;
import dev.drilljudge.compile.CompiledUnit;
import dev.drilljudge.compile.InMemoryCompiler;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allow-list refuses no ordinary interview answer: a corpus of everyday answers written for this test. The bank's
 * own solutions (accepted, wrong and slow, shipped and fixture) are not compiled again here: each must get its verdict
 * in `judge verify`, where the same policy check runs first and a refusal is a SECURITY_VIOLATION, no verdict any of
 * them may get ({@code ShippedBankVerificationTest}, which names every refused one, and
 * {@code CoreCommandsTest#verifyOnTheFixtureBankIsAllAsExpected}); compiling them here as well cost about 15 s of CPU
 * time (this class alone: 26.5 s before, 11.5 s after, each with about 7 s of Maven start-up).
 * <p>
 * It runs beside the rest of the suite (see junit-platform.properties): it is javac alone, in this JVM, with nothing
 * the other classes share; its own tests run one after another (SAME_THREAD), on one compiler.
 */
@Execution(ExecutionMode.CONCURRENT)
class AllowListCorpusTest {
    private static final Path ORDINARY = TestBanks.projectRoot().resolve("src/test/resources/policy/ordinary");
    private static InMemoryCompiler compiler;

    @BeforeAll
    static void startCompiler() {
        compiler = new InMemoryCompiler();
    }

    @AfterAll
    static void stopCompiler() {
        compiler.close();
    }

    static Stream<Path> ordinaryAnswers() throws IOException {
        try (Stream<Path> files = Files.list(ORDINARY)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList().stream();
        }
    }

    @Execution(ExecutionMode.SAME_THREAD)
    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinaryAnswers")
    void noOrdinaryAnswerIsRefused(Path answer) {
        assertThat(violations(ApiProfile.defaults(), SourceTrees.read(answer), List.of())).isEmpty();
    }

    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void theOrdinaryCorpusHasAtLeastTwentyAnswers() throws IOException {
        assertThat(ordinaryAnswers().count()).isGreaterThanOrEqualTo(20);
    }

    private static List<String> violations(ApiProfile profile, List<SourceFile> candidate, List<SourceFile> support) {
        CompileOutcome outcome = compiler.compile(new CompileRequest(candidate, support, List.of(), List.of(),
                () -> "", Duration.ofSeconds(60)));
        assertThat(outcome).as(outcome.toString()).isInstanceOf(CompileOutcome.Compiled.class);
        CompiledUnit unit = ((CompileOutcome.Compiled) outcome).unit();
        return BytecodePolicy.forSubmission(profile, unit.candidateClasses(), unit.supportClasses()).checkAll()
                .stream().map(PolicyViolation::describe).toList();
    }
}
