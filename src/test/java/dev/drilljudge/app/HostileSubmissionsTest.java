package dev.drilljudge.app;

import dev.drilljudge.compile.CompileOutcome;
import dev.drilljudge.compile.CompileRequest;
import dev.drilljudge.compile.CompiledUnit;
import dev.drilljudge.compile.InMemoryCompiler;
import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.report.grade.GithubAnnotations;
import dev.drilljudge.report.grade.GradeTextSummary;
import dev.drilljudge.report.grade.MarkdownSummary;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.sandbox.RunRequest;
import dev.drilljudge.sandbox.RunResult;
import dev.drilljudge.sandbox.SandboxLayers;
import dev.drilljudge.sandbox.SandboxRunner;
import dev.drilljudge.sandbox.WorkerClasspath;
import dev.drilljudge.sandbox.WorkerPool;
import dev.drilljudge.sandbox.WorkerSpec;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.testing.TestBanks;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.worker.protocol.TestOutcome;
import dev.drilljudge.verdict.Verdict;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every submission is hostile: each attack gets its exact verdict, and afterwards the same engine still
 * judges a correct answer ACCEPTED.
 */
class HostileSubmissionsTest {
    private static JudgeEngine engine;
    private static ProblemPackage pairSum;

    @BeforeAll
    static void startEngine() {
        // Batch judging without idle spares (grading()): a spare is started after every judgement, and those of a
        // temporary bank's worker spec, and the last ones, are never used.
        engine = new JudgeEngine(EngineOptions.grading());
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
                arguments("system-exit", Verdict.SECURITY_VIOLATION, "java.lang.System.exit is not available in this problem (Solution.java:3)"),
                arguments("halt-in-static-initialiser", Verdict.SECURITY_VIOLATION,
                        "java.lang.Runtime is not available in this problem (Solution.java:3)"),
                arguments("out-of-memory", Verdict.MEMORY_LIMIT_EXCEEDED, "MEMORY_LIMIT_EXCEEDED on test 1 (example 1)"),
                arguments("stack-overflow", Verdict.RUNTIME_ERROR, "RUNTIME_ERROR on test 1 (example 1)"),
                arguments("huge-output", Verdict.OUTPUT_LIMIT_EXCEEDED, "OUTPUT_LIMIT_EXCEEDED on test 1 (example 1)"),
                arguments("output-limit-swallowed", Verdict.OUTPUT_LIMIT_EXCEEDED,
                        "OUTPUT_LIMIT_EXCEEDED on test 1 (example 1)"),
                arguments("read-problem-folder", Verdict.SECURITY_VIOLATION, "java.nio.file."),
                arguments("write-files", Verdict.SECURITY_VIOLATION, "java.io.FileWriter is not available in this problem (Solution.java:6)"),
                arguments("start-process", Verdict.SECURITY_VIOLATION, "java.lang.ProcessBuilder is not available in this problem (Solution.java:4)"),
                arguments("open-socket", Verdict.SECURITY_VIOLATION, "java.net.Socket is not available in this problem (Solution.java:5)"),
                arguments("reflection-into-tests", Verdict.SECURITY_VIOLATION,
                        "java.lang.Class.forName is not available in this problem (Solution.java:4)"),
                arguments("thread-bomb", Verdict.SECURITY_VIOLATION, "java.lang.Thread.<init> is not available in this problem (Solution.java:4)"),
                arguments("fake-accepted-on-stdout", Verdict.SECURITY_VIOLATION,
                        "java.io.FileOutputStream is not available in this problem (Solution.java:8)"),
                arguments("forged-protocol-on-system-out", Verdict.WRONG_ANSWER, "WRONG_ANSWER on test 1 (example 1)"),
                arguments("read-stdin", Verdict.WRONG_ANSWER, "WRONG_ANSWER on test 1 (example 1)"),
                arguments("method-reference-to-exit", Verdict.SECURITY_VIOLATION,
                        "java.lang.System.exit is not available in this problem (Solution.java:5)"),
                arguments("environment-secrets", Verdict.SECURITY_VIOLATION,
                        "java.lang.System.getenv is not available in this problem (Solution.java:3)"),
                arguments("shadow-hidden-test", Verdict.SECURITY_VIOLATION, "your code declares PairSumHiddenTest"),
                arguments("shadow-junit", Verdict.SECURITY_VIOLATION, "your code declares org.junit.jupiter.api.Assertions"),
                arguments("shadow-java-lang-math", Verdict.SECURITY_VIOLATION,
                        "your code declares Math, which would replace java.lang.Math inside the tests"),
                arguments("wrong-signature", Verdict.COMPILE_ERROR,
                        "they expect class Solution { public int[] twoSum(int[] nums, int target) }"),
                arguments("syntax-error", Verdict.COMPILE_ERROR, "Solution.java:3:32: ';' expected"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("attacks")
    void attackGetsItsExactVerdict(String attack, Verdict expected, String headlinePart) {
        // The first failing test decides the verdict and the headline, so the run stops there (as verify's does): the
        // infinite loop's and the memory hog's two more kills and fresh workers, and the sleeper's two more 3.5 s
        // wall-clock backstops, changed neither. LimitKillContinuationTest covers the tests after a kill.
        Judgement judgement = engine.judge(pairSum, TestBanks.hostile(attack), RunMode.HIDDEN, true);

        assertThat(judgement.verdict()).as(judgement.headline()).isEqualTo(expected);
        assertThat(judgement.headline()).contains(headlinePart);
    }

    @Test
    void outputPastTheLimitIsCutAndNeverReachesTheJudge() {
        Judgement judgement = engine.judge(pairSum, TestBanks.hostile("forged-protocol-on-system-out"), RunMode.HIDDEN);

        assertThat(judgement.candidateOutput()).contains("ACCEPTED (3/3 tests passed)");
        assertThat(judgement.passed()).isZero();
    }

    @Test
    void threadBombInAProblemThatAllowsThreadsIsStopped() {
        ProblemPackage counter = TestBanks.fixtureBank().get("counter");

        Judgement judgement = engine.judge(counter, TestBanks.hostile("thread-bomb-allowed"), RunMode.HIDDEN);

        assertThat(judgement.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(judgement.results().get(0).message()).isEqualTo("started more than 256 threads");
    }

    /**
     * The bytecode policy refuses the write before anything runs, so no file can appear; OperatingSystemWallTest shows
     * bubblewrap and prlimit stopping the same write with the policy relaxed.
     */
    @Test
    void writeAttemptLeftNoFile() {
        Judgement judgement = engine.judge(pairSum, TestBanks.hostile("write-files"), RunMode.HIDDEN);

        assertThat(judgement.verdict()).isEqualTo(Verdict.SECURITY_VIOLATION);
        assertThat(judgement.results()).as("nothing ran").isEmpty();
        assertThat(Files.exists(Path.of("pwned.txt"))).isFalse();
        assertThat(Files.exists(Path.of(System.getProperty("java.io.tmpdir"), "pwned.txt"))).isFalse();
    }

    /**
     * A returned set of objects whose equals() always says yes: Set.of("n1").equals(result) asks the result's elements,
     * so the shipped consistent-hash-ring's tests ACCEPTED nodes() that held no names at all. They now compare a sorted
     * list of the names, whose cast refuses anything that is not a String.
     */
    @Test
    void aSetOfObjectsThatEqualAnythingIsNotAccepted() {
        ProblemPackage ring = TestBanks.shippedBank().get("consistent-hash-ring");

        Judgement judgement = engine.judge(ring, TestBanks.hostile("lying-set-elements"), RunMode.HIDDEN);

        assertThat(judgement.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(judgement.headline())
                .isEqualTo("RUNTIME_ERROR on test 1 (edge: add twice, remove absent, remove the last node)");
        assertThat(judgement.results().get(0).message()).startsWith("java.lang.ClassCastException: class "
                + "ConsistentHashRing$Liar cannot be cast to class java.lang.String");
        assertThat(judgement.passed()).isEqualTo(12);
    }

    /** The attacks that kill or exhaust a worker, then a correct answer on the same engine. */
    @Test
    void correctAnswerIsStillAcceptedAfterTheAttacks() {
        for (String attack : List.of("infinite-loop", "out-of-memory", "stack-overflow", "huge-output",
                "forged-protocol-on-system-out")) {
            // Each attack needs to run, not to be judged to the end: the first failing test is enough, and the rest
            // (three more kills and fresh workers for the infinite loop) would only cost the suite time.
            assertThat(engine.judge(pairSum, TestBanks.hostile(attack), RunMode.HIDDEN, true).verdict()).as(attack)
                    .isNotEqualTo(Verdict.ACCEPTED);
        }

        Judgement judgement = engine.judge(pairSum, TestBanks.fixtureSolution("pair-sum", "accepted", "hash-map"),
                RunMode.HIDDEN);

        assertThat(judgement.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(judgement.headline()).isEqualTo("ACCEPTED (3/3 tests passed)");
        assertThat(judgement.passed()).isEqualTo(3);
    }

    /**
     * Issue 11, items 2-8: aborted and skipped tests, state carried between submissions, lying exceptions, parser
     * bombs and names that would inject CI workflow commands.
     */
    @Nested
    class IsolationAndHonestReporting {
        private static final String ACCEPTED = "ACCEPTED (3/3 tests passed)";

        @Test
        void testsTheCandidateMadeAbortAndSkippedTestsAreFailuresCountedInTheTotal(@TempDir Path bankRoot)
                throws IOException {
            ProblemPackage guarded = pairSumWithGuardTests(bankRoot);

            Judgement judgement = engine.judge(guarded, TestBanks.fixtureSolution("pair-sum", "accepted", "hash-map"),
                    RunMode.HIDDEN);

            assertThat(judgement.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
            assertThat(judgement.headline()).isEqualTo("RUNTIME_ERROR on test 1 (disabled())");
            assertThat(judgement.total()).as("every discovered test counts").isEqualTo(5);
            assertThat(judgement.passed()).isEqualTo(3);
            assertThat(judgement.results().get(0).status()).isEqualTo(TestStatus.of(TestOutcome.RUNTIME_ERROR));
            assertThat(judgement.results().get(0).message())
                    .isEqualTo("skipped, so not passed: void PairSumGuardTest.disabled() is @Disabled");
            assertThat(judgement.results().get(1).status()).isEqualTo(TestStatus.of(TestOutcome.RUNTIME_ERROR));
            assertThat(judgement.results().get(1).message()).isEqualTo("aborted, so not passed: "
                    + "org.opentest4j.TestAbortedException: Assumption failed: an answer of three indices");
            assertThat(new GradeThresholds(true, OptionalInt.empty(), OptionalInt.empty())
                    .unmet(new JudgeReport(judgement, null, null))).containsExactly("not ACCEPTED (RUNTIME_ERROR)");
        }

        @Test
        void aCandidateAssertionErrorWithAForgedMessageAndStackIsARuntimeError() {
            Judgement judgement = engine.judge(pairSum, TestBanks.hostile("lying-assertion"), RunMode.HIDDEN);

            assertThat(judgement.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
            assertThat(judgement.results().get(0).message()).isEqualTo("Solution$Lie (an exception class your code "
                    + "defines; its message, written by your code: \"expected: <[0, 1]> but was: <[1, 0]>\") "
                    + "at Solution.java:3");
        }

        /** A JDK AssertionError whose stack trace the candidate replaced: the JVM's recorded frames still tell. */
        @Test
        void anAssertionErrorWithAReplacedStackTraceIsStillTheCandidates() {
            Judgement judgement = engine.judge(pairSum, TestBanks.hostile("forged-stack-trace"), RunMode.HIDDEN);

            if (judgement.verdict() != Verdict.SECURITY_VIOLATION) { // an allow-list may refuse setStackTrace
                assertThat(judgement.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
                assertThat(judgement.results().get(0).message())
                        .isEqualTo("java.lang.AssertionError: expected: <[0, 1]> but was: <[1, 0]> at Solution.java:3");
            }
        }

        @Test
        void aCandidateExceptionWhoseMessageNeverReturnsIsReadUnderATimeBound() {
            Judgement judgement = engine.judge(pairSum, TestBanks.hostile("lying-assertion-slow-message"),
                    RunMode.HIDDEN);

            assertThat(judgement.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
            assertThat(judgement.results().get(0).message()).isEqualTo("Solution$Stall (an exception class your "
                    + "code defines; its getMessage() did not return within 200 ms) at Solution.java:3");
        }

        /** A module-info.java beside the answer made javac itself fail: an internal error (exit 3), JUDGE_ERROR in grade. */
        @Test
        void aModuleDeclarationIsACompileErrorNotAnInternalError() {
            List<SourceFile> sources = new ArrayList<>(TestBanks.fixtureSolution("pair-sum", "accepted", "hash-map"));
            sources.add(new SourceFile("module-info.java", "module evil {\n    requires java.base;\n}\n"));

            Judgement judgement = engine.judge(pairSum, sources, RunMode.HIDDEN);

            assertThat(judgement.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
            assertThat(judgement.headline()).isEqualTo("COMPILE_ERROR: module-info.java: a module declaration is not "
                    + "allowed: your code is compiled in the unnamed module, beside the tests; delete module-info.java");
        }

        @Test
        void fiftyThousandNestedParenthesesAreACompileError() {
            String source = "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        int x = "
                    + "(".repeat(50_000) + "1" + ")".repeat(50_000) + ";\n        return new int[] {x, x};\n    }\n}\n";

            Judgement judgement = engine.judge(pairSum, List.of(new SourceFile("Solution.java", source)),
                    RunMode.HIDDEN);

            assertThat(judgement.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
            assertThat(judgement.headline())
                    .isEqualTo("COMPILE_ERROR: expression nested too deeply: the compiler ran out of stack on your code");
        }

        /** A leaked common-pool thread kept flooding later jobs' output in a reused worker (5 correct answers OLE). */
        @Test
        void aThreadLeftFloodingOutputNeverReachesTheNextSubmission() {
            ProblemPackage counter = TestBanks.fixtureBank().get("counter");
            Judgement flood = engine.judge(counter, TestBanks.hostile("common-pool-flood"), RunMode.HIDDEN);

            Judgement next = engine.judge(counter, TestBanks.fixtureSolution("counter", "accepted", "atomic"),
                    RunMode.HIDDEN);

            assertThat(flood.verdict()).as("flooding during its own tests, or only after them")
                    .isIn(Verdict.OUTPUT_LIMIT_EXCEEDED, Verdict.ACCEPTED);
            assertThat(next.verdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(next.candidateOutput()).doesNotContain("flood");
        }

        /**
         * `junit.jupiter.execution.timeout.default = 1 ns` made 4 later correct answers RUNTIME_ERROR. Each submission
         * now has a fresh JVM, JUnit reads no system properties, and a worker restores them before every job.
         */
        @Test
        void aSystemPropertySetByOneSubmissionNeverReachesTheNext() {
            Judgement attack = engine.judge(pairSum, TestBanks.hostile("timeout-property"), RunMode.HIDDEN);

            Judgement next = engine.judge(pairSum, TestBanks.fixtureSolution("pair-sum", "accepted", "hash-map"),
                    RunMode.HIDDEN);

            assertThat(attack.verdict()).as("refused by an allow-list, else harmless")
                    .isIn(Verdict.ACCEPTED, Verdict.SECURITY_VIOLATION);
            assertThat(next.headline()).isEqualTo(ACCEPTED);
        }

        @Test
        void aFolderNameWithNewlinesCannotWriteWorkflowCommandsIntoTheCiLog(@TempDir Path repo) throws IOException {
            Path submissions = repo.resolve("submissions");
            Path answer = Files.createDirectories(submissions.resolve("pair-sum"));
            for (SourceFile file : TestBanks.fixtureSolution("pair-sum", "accepted", "hash-map")) {
                Files.writeString(answer.resolve(file.displayPath()), file.content());
            }
            String evil = "notes\n::error title=pwned::owned\n::set-output name=verdict::ACCEPTED\n##vso[task.complete]";
            Files.createDirectories(submissions.resolve(evil));
            BatchGrader grader = new BatchGrader(new SubmissionEvaluator(engine, ReadabilityChecks.none(),
                    SubmissionEvaluator.UNSCORED, false), 1);

            GradeSheet sheet = grader.grade(new GradeRequest(submissions, repo, List.of(pairSum), Set.of(),
                    GradeThresholds.NONE), GradeProgress.NONE).sheet();
            List<String> log = new ArrayList<>(new GradeTextSummary().render(sheet, 1000));
            log.addAll(new GithubAnnotations().render(sheet));
            String markdown = new MarkdownSummary().render(sheet);

            assertThat(sheet.unknownFolders()).containsExactly(evil);
            assertThat(log).noneMatch(line -> line.strip().startsWith("::") || line.contains("##vso["));
            assertThat(log).contains("Not graded (no problem of that id in the bank): notes\\n::error "
                    + "title=pwned::owned\\n::set-output name=verdict::ACCEPTED\\n# #vso[task.complete]");
            assertThat(markdown.lines()).noneMatch(line -> line.strip().startsWith("::") || line.contains("##vso["));
        }

        /** DRILL_JUDGE_NO_OS_SANDBOX=1, or a machine without bubblewrap, prlimit and setsid: the JVM layers hold. */
        @Test
        void withoutAnyOsLayerTheAttacksStillGetTheirVerdicts() {
            try (JudgeEngine bare = new JudgeEngine(EngineOptions.grading(), SandboxLayers.none())) {
                // The verdict is the first failure, the same when the run stops there (as verify's does).
                assertThat(bare.judge(pairSum, TestBanks.hostile("infinite-loop"), RunMode.HIDDEN, true).headline())
                        .isEqualTo("TIME_LIMIT_EXCEEDED on test 1 (example 1)");
                assertThat(bare.judge(pairSum, TestBanks.hostile("fake-accepted-on-stdout"), RunMode.HIDDEN)
                        .verdict()).isEqualTo(Verdict.SECURITY_VIOLATION);
                assertThat(bare.judge(pairSum, TestBanks.hostile("lying-assertion"), RunMode.HIDDEN).verdict())
                        .isEqualTo(Verdict.RUNTIME_ERROR);
                assertThat(acceptedOnSecondTry(bare).headline()).isEqualTo(ACCEPTED);
            }
        }

        /** Like `judge verify`, a model answer's wall-clock time-out on a loaded machine gets one more judgement. */
        private Judgement acceptedOnSecondTry(JudgeEngine judge) {
            Judgement first = judge.judge(pairSum, TestBanks.fixtureSolution("pair-sum", "accepted", "hash-map"),
                    RunMode.HIDDEN);
            return first.verdict() != Verdict.TIME_LIMIT_EXCEEDED ? first
                    : judge.judge(pairSum, TestBanks.fixtureSolution("pair-sum", "accepted", "hash-map"), RunMode.HIDDEN);
        }

        private ProblemPackage pairSumWithGuardTests(Path bankRoot) throws IOException {
            Path copy = bankRoot.resolve("pair-sum");
            try (Stream<Path> files = Files.walk(pairSum.root())) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(pairSum.root().relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            Files.writeString(copy.resolve("tests/hidden/PairSumGuardTest.java"), """
                    import org.junit.jupiter.api.Disabled;
                    import org.junit.jupiter.api.Test;

                    import static org.junit.jupiter.api.Assumptions.assumeTrue;

                    class PairSumGuardTest {
                        @Test
                        void guarded() {
                            int[] answer = new Solution().twoSum(new int[] {1, 2}, 3);
                            assumeTrue(answer.length == 3, "an answer of three indices");
                        }

                        @Disabled
                        @Test
                        void disabled() {
                        }
                    }
                    """);
            return ProblemBank.open(bankRoot).get("pair-sum");
        }
    }

    /**
     * Issue 11's attacks on the deny-list: each is refused by the allow-list before anything runs, naming the API
     * and the candidate's line.
     */
    @Nested
    class AllowList {
        private static final String THREADS = ": it uses threads, which this problem does not allow";
        private static final String READS_STACK = ": it reads the call stack, which tells the tests from the growth "
                + "measurement";

        static Stream<Arguments> refusedAttacks() {
            return Stream.of(
                    arguments("xslt-extension-function", "javax.xml.transform.TransformerFactory is not available in "
                            + "this problem (Solution.java:18)"),
                    arguments("xinclude-read-hidden-test", "javax.xml.parsers.DocumentBuilderFactory is not available "
                            + "in this problem (Solution.java:9)"),
                    arguments("logging-read-configuration", "java.util.logging.LogManager is not available in this "
                            + "problem (Solution.java:9)"),
                    arguments("logging-file-handler", "java.util.logging.FileHandler is not available in this "
                            + "problem (Solution.java:4)"),
                    arguments("then-run-async", "java.util.concurrent.CompletableFuture is not available in this "
                            + "problem (Solution.java:5)" + THREADS),
                    arguments("then-accept-both-async", "java.util.concurrent.CompletionStage is not available in "
                            + "this problem (Solution.java)" + THREADS),
                    arguments("stream-support-parallel", "java.util.stream.StreamSupport.stream is not available in "
                            + "this problem (Solution.java:6)" + THREADS),
                    arguments("concurrent-hash-map-parallel-for-each", "java.util.concurrent.ConcurrentHashMap.forEach "
                            + "is not available in this problem (Solution.java:9)" + THREADS),
                    arguments("counted-completer", "java.util.concurrent.CountedCompleter is not available in this "
                            + "problem (Solution.java)" + THREADS),
                    arguments("arrays-parallel-sort", "java.util.Arrays.parallelSort is not available in this "
                            + "problem (Solution.java:6)" + THREADS),
                    arguments("forged-stack-trace", "java.lang.AssertionError.setStackTrace is not available in this "
                            + "problem (Solution.java:4): it rewrites where an exception was thrown"),
                    arguments("timeout-property", "java.lang.System.getProperties is not available in this "
                            + "problem (Solution.java:7)"),
                    arguments("method-handle-exit", "java.lang.invoke.MethodHandles is not available in this problem "
                            + "(Solution.java:7)"),
                    arguments("properties-from-xml", "java.util.Properties.loadFromXML is not available in this "
                            + "problem (Solution.java:12)"),
                    // Slow in the tests, fast garbage when the stack is shallow: measured O(n) before (complexity
                    // 100 for the quadratic two-sum, Meta 47 -> 74).
                    arguments("growth-detected-by-stack-depth", "java.lang.Throwable.getStackTrace is not available "
                            + "in this problem (Solution.java:5)" + READS_STACK),
                    arguments("thread-stack-trace", "java.lang.Thread.getStackTrace is not available in this problem "
                            + "(Solution.java:3)" + READS_STACK),
                    arguments("stack-trace-into-writer", "java.lang.Exception.printStackTrace is not available in "
                            + "this problem (Solution.java:7)" + READS_STACK),
                    arguments("own-exception-stack-trace", "java.lang.RuntimeException.getStackTrace is not available in "
                            + "this problem (Solution.java:4)" + READS_STACK));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("refusedAttacks")
        void attackIsRefusedBeforeItRuns(String attack, String message) {
            Judgement judgement = engine.judge(pairSum, TestBanks.hostile(attack), RunMode.HIDDEN);

            assertThat(judgement.verdict()).as(judgement.headline()).isEqualTo(Verdict.SECURITY_VIOLATION);
            assertThat(judgement.headline()).isEqualTo("SECURITY_VIOLATION: " + message);
            assertThat(judgement.results()).isEmpty();
        }

        @Test
        void abortFromCandidateSourceCannotEvenNameJunit() {
            Judgement judgement = engine.judge(pairSum, TestBanks.hostile("abort-from-candidate"), RunMode.HIDDEN);

            assertThat(judgement.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
            assertThat(judgement.headline()).isEqualTo(
                    "COMPILE_ERROR: Solution.java:3:30: package org.junit.jupiter.api does not exist");
        }

        @Test
        void plantedClassFileThatAbortsIsRefusedByTheWorkersOwnCheck() throws Exception {
            // The judge's check is bypassed, as a tampered class cache would: the worker must refuse the class itself.
            try (InMemoryCompiler compiler = new InMemoryCompiler()) {
                List<SourceFile> tests = SourceTrees.read(pairSum.hiddenTestsDir());
                CompileOutcome outcome = compiler.compile(new CompileRequest(
                        TestBanks.fixtureSolution("pair-sum", "accepted", "hash-map"), List.of(), tests,
                        WorkerClasspath.testLibraries(), () -> "", Duration.ofSeconds(60)));
                CompiledUnit honest = ((CompileOutcome.Compiled) outcome).unit();
                Map<String, byte[]> planted = new HashMap<>(honest.candidateClasses());
                planted.put("Solution", abortingAtStart(planted.get("Solution")));
                CompiledUnit unit = new CompiledUnit(planted, honest.supportClasses(), honest.testClasses(),
                        honest.notes());

                try (WorkerPool pool = new WorkerPool(SandboxLayers.detect(), 0)) {
                    RunResult run = new SandboxRunner(pool).run(new RunRequest(unit, pairSum.limits(), false,
                            List.of(), new WorkerSpec(pairSum.limits().memoryMb(), List.of()), true));

                    assertThat(run.tests()).first().satisfies(test -> {
                        assertThat(test.status()).isEqualTo(TestStatus.of(TestOutcome.SECURITY_VIOLATION));
                        assertThat(test.message()).contains("org.junit.jupiter.api.Assumptions is not available in "
                                + "this problem (Solution.java:3)");
                    });
                }
            }
        }

        /** Solution.twoSum with Assumptions.abort("skipped") inserted at its start, on line 3. */
        private static byte[] abortingAtStart(byte[] solution) {
            ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
            new ClassReader(solution).accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
                    if (!name.equals("twoSum")) {
                        return method;
                    }
                    return new MethodVisitor(Opcodes.ASM9, method) {
                        @Override
                        public void visitCode() {
                            super.visitCode();
                            Label start = new Label();
                            super.visitLabel(start);
                            super.visitLineNumber(3, start);
                            super.visitLdcInsn("skipped");
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, "org/junit/jupiter/api/Assumptions", "abort",
                                    "(Ljava/lang/String;)Ljava/lang/Object;", false);
                            super.visitInsn(Opcodes.POP);
                        }
                    };
                }
            }, 0);
            return writer.toByteArray();
        }

        @Test
        void aCorrectAnswerIsStillAcceptedAfterTheAttacks() {
            refusedAttacks().map(arguments -> (String) arguments.get()[0]).forEach(attack ->
                    assertThat(engine.judge(pairSum, TestBanks.hostile(attack), RunMode.HIDDEN).verdict()).as(attack)
                            .isEqualTo(Verdict.SECURITY_VIOLATION));

            Judgement judgement = engine.judge(pairSum, TestBanks.fixtureSolution("pair-sum", "accepted", "hash-map"),
                    RunMode.HIDDEN);

            assertThat(judgement.headline()).isEqualTo("ACCEPTED (3/3 tests passed)");
        }
    }
}
