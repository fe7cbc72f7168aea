package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.testing.TestBanks;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every submission is hostile: each attack gets its exact verdict, and afterwards the same engine still
 * judges a correct answer ACCEPTED.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileSubmissionsTest {
    private static JudgeEngine engine;
    private static ProblemPackage pairSum;

    @BeforeAll
    static void startEngine() {
        engine = new JudgeEngine(EngineOptions.batch());
        pairSum = TestBanks.fixtureBank().get("pair-sum");
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                arguments("infinite-loop", Verdict.TIME_LIMIT_EXCEEDED, "TIME_LIMIT_EXCEEDED on test 1 (example 1)"),
                arguments("sleep-forever", Verdict.TIME_LIMIT_EXCEEDED, "TIME_LIMIT_EXCEEDED on test 1 (example 1)"),
                arguments("system-exit", Verdict.SECURITY_VIOLATION, "java.lang.System.exit at Solution.java:3"),
                arguments("halt-in-static-initialiser", Verdict.SECURITY_VIOLATION,
                        "java.lang.Runtime.halt at Solution.java:3"),
                arguments("out-of-memory", Verdict.MEMORY_LIMIT_EXCEEDED, "MEMORY_LIMIT_EXCEEDED on test 1 (example 1)"),
                arguments("stack-overflow", Verdict.RUNTIME_ERROR, "RUNTIME_ERROR on test 1 (example 1)"),
                arguments("huge-output", Verdict.OUTPUT_LIMIT_EXCEEDED, "OUTPUT_LIMIT_EXCEEDED on test 1 (example 1)"),
                arguments("output-limit-swallowed", Verdict.OUTPUT_LIMIT_EXCEEDED,
                        "OUTPUT_LIMIT_EXCEEDED on test 1 (example 1)"),
                arguments("read-problem-folder", Verdict.SECURITY_VIOLATION, "java.nio.file."),
                arguments("write-files", Verdict.SECURITY_VIOLATION, "java.io.FileWriter at Solution.java:6"),
                arguments("start-process", Verdict.SECURITY_VIOLATION, "java.lang.ProcessBuilder at Solution.java:4"),
                arguments("open-socket", Verdict.SECURITY_VIOLATION, "java.net.Socket at Solution.java:5"),
                arguments("reflection-into-tests", Verdict.SECURITY_VIOLATION,
                        "java.lang.Class.forName at Solution.java:4"),
                arguments("thread-bomb", Verdict.SECURITY_VIOLATION, "java.lang.Thread at Solution.java:4"),
                arguments("fake-accepted-on-stdout", Verdict.SECURITY_VIOLATION,
                        "java.io.FileOutputStream at Solution.java:8"),
                arguments("forged-protocol-on-system-out", Verdict.WRONG_ANSWER, "WRONG_ANSWER on test 1 (example 1)"),
                arguments("read-stdin", Verdict.WRONG_ANSWER, "WRONG_ANSWER on test 1 (example 1)"),
                arguments("method-reference-to-exit", Verdict.SECURITY_VIOLATION,
                        "java.lang.System.exit at Solution.java:5"),
                arguments("environment-secrets", Verdict.SECURITY_VIOLATION,
                        "java.lang.System.getenv at Solution.java:3"),
                arguments("shadow-hidden-test", Verdict.SECURITY_VIOLATION, "your code declares PairSumHiddenTest"),
                arguments("shadow-junit", Verdict.SECURITY_VIOLATION, "your code declares org.junit.jupiter.api.Assertions"),
                arguments("shadow-java-lang-math", Verdict.SECURITY_VIOLATION,
                        "your code declares Math, which would replace java.lang.Math inside the tests"),
                arguments("wrong-signature", Verdict.COMPILE_ERROR,
                        "they expect class Solution { public int[] twoSum(int[] nums, int target) }"),
                arguments("syntax-error", Verdict.COMPILE_ERROR, "Solution.java:3:32: ';' expected"));
    }

    @Order(1)
    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("attacks")
    void attackGetsItsExactVerdict(String attack, Verdict expected, String headlinePart) {
        Judgement judgement = engine.judge(pairSum, TestBanks.hostile(attack), RunMode.HIDDEN);

        assertThat(judgement.verdict()).as(judgement.headline()).isEqualTo(expected);
        assertThat(judgement.headline()).contains(headlinePart);
    }

    @Order(2)
    @Test
    void outputPastTheLimitIsCutAndNeverReachesTheJudge() {
        Judgement judgement = engine.judge(pairSum, TestBanks.hostile("forged-protocol-on-system-out"), RunMode.HIDDEN);

        assertThat(judgement.candidateOutput()).contains("ACCEPTED (3/3 tests passed)");
        assertThat(judgement.passed()).isZero();
    }

    @Order(3)
    @Test
    void threadBombInAProblemThatAllowsThreadsIsStopped() {
        ProblemPackage counter = TestBanks.fixtureBank().get("counter");

        Judgement judgement = engine.judge(counter, TestBanks.hostile("thread-bomb-allowed"), RunMode.HIDDEN);

        assertThat(judgement.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(judgement.results().get(0).message()).isEqualTo("started more than 256 threads");
    }

    @Order(4)
    @Test
    void writeAttemptLeftNoFile() {
        assertThat(Files.exists(Path.of("pwned.txt"))).isFalse();
        assertThat(Files.exists(Path.of(System.getProperty("java.io.tmpdir"), "pwned.txt"))).isFalse();
    }

    @Order(5)
    @Test
    void correctAnswerIsStillAcceptedAfterTheAttacks() {
        Judgement judgement = engine.judge(pairSum, TestBanks.fixtureSolution("pair-sum", "accepted", "hash-map"),
                RunMode.HIDDEN);

        assertThat(judgement.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(judgement.headline()).isEqualTo("ACCEPTED (3/3 tests passed)");
        assertThat(judgement.passed()).isEqualTo(3);
    }
}
