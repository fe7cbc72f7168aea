package dev.drilljudge.app;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.Difficulty;
import dev.drilljudge.problem.Limits;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.scoring.AmazonScore;
import dev.drilljudge.scoring.Debrief;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.scoring.ScoringContext;
import dev.drilljudge.session.HistoryTiming;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;
import dev.drilljudge.worker.protocol.TestOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The grading use case with stand-in judge, readability and scoring: what it grades, skips and reports. */
class BatchGraderTest {
    @TempDir
    Path repo;

    private Path submissions;
    private List<ProblemPackage> bank;
    private final Map<String, OptionalDouble> edgeRates = new ConcurrentHashMap<>();
    private final List<String> judged = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void practiceRepo() throws Exception {
        submissions = repo.resolve("submissions");
        bank = List.of(problem("two-sum", "Two Sum"), problem("valid-parentheses", "Valid Parentheses"),
                problem("lru-cache", "LRU Cache"));
        write("two-sum/Solution.java", "class Solution { /* correct */ }");
        write("valid-parentheses/Solution.java", "class Solution { /* wrong */ }");
        write("scratch/Notes.java", "class Notes {}");
        // The session's history format: a drill on two-sum closed ACCEPTED after 12 minutes, one rejected submit.
        write(".judge/history.jsonl", """
                {"event":"drill-started","time":"2026-11-20T10:00:00Z","judgeVersion":"0.1.0","drill":"d1","problem":"two-sum","style":"BOTH","targetSeconds":900,"round":null}
                {"event":"drill-closed","time":"2026-11-20T10:12:00Z","judgeVersion":"0.1.0","drill":"d1","problem":"two-sum","outcome":"ACCEPTED","elapsedSeconds":720,"targetSeconds":900,"attempts":2,"rejectedAttempts":1,"round":null}
                not json
                {"event":"drill-closed","time":"2026-11-21T10:12:00Z","judgeVersion":"0.1.0","drill":"d2","problem":"valid-parentheses","outcome":"ABANDONED","elapsedSeconds":300,"targetSeconds":900,"attempts":0,"rejectedAttempts":0,"round":null}
                """);
    }

    @Test
    void gradesEveryMatchingFolderAndReportsUnknownOnes() {
        GradeResult result = grader(2).grade(request(Set.of(), GradeThresholds.NONE), GradeProgress.NONE);

        assertThat(result.sheet().submissions()).extracting(GradedSubmission::problemId)
                .containsExactly("two-sum", "valid-parentheses");
        assertThat(result.sheet().unknownFolders()).containsExactly("scratch");
        assertThat(result.sheet().submissions()).extracting(graded -> graded.report().judgement().verdict())
                .containsExactly(Verdict.ACCEPTED, Verdict.WRONG_ANSWER);
        assertThat(result.sheet().submissions()).extracting(GradedSubmission::sourcePath)
                .containsExactly("submissions/two-sum", "submissions/valid-parentheses");
        assertThat(result.sheet().submissions()).extracting(GradedSubmission::title)
                .containsExactly("Two Sum", "Valid Parentheses");
        assertThat(result.passed()).isTrue();
        assertThat(judged).containsExactlyInAnyOrder("two-sum:HIDDEN", "valid-parentheses:HIDDEN");
    }

    @Test
    void readabilityGetsTheEdgeTestPassRate() {
        grader(1).grade(request(Set.of(), GradeThresholds.NONE), GradeProgress.NONE);

        assertThat(edgeRates.get("two-sum")).isEqualTo(OptionalDouble.of(1.0));
        assertThat(edgeRates.get("valid-parentheses")).isEqualTo(OptionalDouble.of(0.5));
    }

    @Test
    void theCommittedHistoryFeedsVelocityMarkedSelfReported() {
        GradeResult result = grader(2).grade(request(Set.of(), GradeThresholds.NONE), GradeProgress.NONE);
        GradedSubmission twoSum = result.sheet().submissions().get(0);
        GradedSubmission parentheses = result.sheet().submissions().get(1);

        assertThat(twoSum.timingSelfReported()).isTrue();
        assertThat(twoSum.report().scores().meta().elapsedSeconds()).isEqualTo(720L);
        assertThat(twoSum.report().scores().meta().rejectedAttempts()).isEqualTo(1);
        assertThat(parentheses.timingSelfReported()).isFalse();
        assertThat(parentheses.report().scores().meta().timed()).isFalse();
        assertThat(result.historyWarnings()).hasSize(1);
        assertThat(result.historyWarnings().get(0)).startsWith(
                submissions.resolve(".judge/history.jsonl") + " line 3: skipped, not a complete history event (");
    }

    @Test
    void thresholdsDecideWhetherTheGradePasses() {
        GradeResult result = grader(2).grade(
                request(Set.of(), new GradeThresholds(true, OptionalInt.of(50), OptionalInt.empty())),
                GradeProgress.NONE);

        assertThat(result.passed()).isFalse();
        assertThat(result.sheet().submissions().get(0).unmetThresholds()).isEmpty();
        assertThat(result.sheet().submissions().get(1).unmetThresholds())
                .containsExactly("not ACCEPTED (WRONG_ANSWER)", "Meta 20 < 50");
    }

    @Test
    void onlyFiltersTheProblems() {
        GradeResult result = grader(2).grade(request(Set.of("valid-parentheses"), GradeThresholds.NONE),
                GradeProgress.NONE);

        assertThat(result.sheet().submissions()).extracting(GradedSubmission::problemId)
                .containsExactly("valid-parentheses");
        assertThat(result.sheet().unknownFolders()).containsExactly("scratch");
    }

    @Test
    void onlyNamingAnUnknownProblemIsBadInput() {
        assertThatThrownBy(() -> grader(1).grade(request(Set.of("nope"), GradeThresholds.NONE), GradeProgress.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--only nope: no problem 'nope' in the bank; check the id against `judge list --problems DIR`");
    }

    @Test
    void onlyNamingAProblemWithNoFolderIsANotSubmittedRowThatFails() {
        GradeResult result = grader(1).grade(request(Set.of("lru-cache"), GradeThresholds.NONE), GradeProgress.NONE);

        GradedSubmission row = result.sheet().submissions().get(0);
        assertThat(result.sheet().submissions()).hasSize(1);
        assertThat(row.report().judgement().verdict()).isEqualTo(Verdict.NOT_SUBMITTED);
        assertThat(row.report().judgement().headline()).isEqualTo("NOT_SUBMITTED: no folder submissions/lru-cache");
        assertThat(row.sourcePath()).isEqualTo("submissions/lru-cache");
        assertThat(row.title()).isEqualTo("LRU Cache");
        assertThat(row.unmetThresholds()).containsExactly("not submitted");
        assertThat(result.passed()).isFalse();
        assertThat(judged).isEmpty();
    }

    @Test
    void theAssignmentAddsANotSubmittedRowForEachMissingProblem() {
        GradeRequest request = new GradeRequest(List.of(new PracticeRepo("", submissions)), false, repo,
                repo.resolve("bank"), bank, Set.of(), Set.of("two-sum", "lru-cache"), GradeThresholds.NONE);

        GradeResult result = grader(2).grade(request, GradeProgress.NONE);

        assertThat(result.sheet().submissions()).extracting(GradedSubmission::problemId)
                .containsExactly("lru-cache", "two-sum", "valid-parentheses");
        assertThat(result.sheet().submissions()).extracting(graded -> graded.report().judgement().verdict())
                .containsExactly(Verdict.NOT_SUBMITTED, Verdict.ACCEPTED, Verdict.WRONG_ANSWER);
        assertThat(result.sheet().expected()).containsExactly("lru-cache", "two-sum");
        assertThat(result.passed()).isFalse();
    }

    @Test
    void anAssignedProblemTheBankDoesNotHaveIsBadInput() {
        GradeRequest request = new GradeRequest(List.of(new PracticeRepo("", submissions)), false, repo,
                repo.resolve("bank"), bank, Set.of(), Set.of("two-sum", "nope"), GradeThresholds.NONE);

        assertThatThrownBy(() -> grader(1).grade(request, GradeProgress.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--expect nope: no problem 'nope' in the bank; check the id against `judge list --problems DIR`");
    }

    @Test
    void aRunThatWouldGradeNothingIsBadInputSayingWhatWasLookedForAndWhere() throws Exception {
        Path empty = repo.resolve("empty/submissions");
        Files.createDirectories(empty.resolve("scratch"));
        GradeRequest request = new GradeRequest(List.of(new PracticeRepo("", empty)), false, repo,
                repo.resolve("bank"), bank, Set.of(), Set.of(), GradeThresholds.NONE);

        assertThatThrownBy(() -> grader(1).grade(request, GradeProgress.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessage("nothing to grade: " + empty + " has no <id>/ folder for a problem of the bank "
                        + repo.resolve("bank") + " (3 problems: lru-cache, two-sum, valid-parentheses); found only "
                        + "scratch; check --submissions and --problems, or name the assignment with --expect");
    }

    @Test
    void aCohortGradesEveryStudentsRepoAndNamesTheStudentOnEveryRow() throws Exception {
        Path cohort = repo.resolve("cohort");
        writeTo(cohort.resolve("alice/submissions/two-sum/Solution.java"), "class Solution { /* correct */ }");
        writeTo(cohort.resolve("bob/submissions/two-sum/Solution.java"), "class Solution { /* wrong */ }");
        writeTo(cohort.resolve("bob/submissions/notes/Notes.java"), "class Notes {}");
        Files.createDirectories(cohort.resolve("carol"));
        GradeRequest request = new GradeRequest(Cohort.repos(cohort, CohortShard.ALL), true, cohort,
                repo.resolve("bank"), bank, Set.of(), Set.of("two-sum"), GradeThresholds.NONE);

        GradeResult result = grader(2).grade(request, GradeProgress.NONE);

        assertThat(result.sheet().submissions()).extracting(GradedSubmission::rowName)
                .containsExactly("alice/two-sum", "bob/two-sum", "carol/two-sum");
        assertThat(result.sheet().submissions()).extracting(GradedSubmission::sourcePath)
                .containsExactly("alice/submissions/two-sum", "bob/submissions/two-sum", "carol/submissions/two-sum");
        assertThat(result.sheet().submissions()).extracting(graded -> graded.report().judgement().verdict())
                .containsExactly(Verdict.ACCEPTED, Verdict.WRONG_ANSWER, Verdict.NOT_SUBMITTED);
        assertThat(result.sheet().students()).containsExactly("alice", "bob", "carol");
        assertThat(result.sheet().unknownFolders()).containsExactly("bob/notes");
        assertThat(result.sheet().cohort()).isTrue();
        assertThat(result.sheet().rootUri()).isEqualTo(cohort.toUri().toString());
    }

    @Test
    void aMissingSubmissionsFolderIsBadInput() {
        GradeRequest request = new GradeRequest(repo.resolve("nowhere"), repo, bank, Set.of(), GradeThresholds.NONE);

        assertThatThrownBy(() -> grader(1).grade(request, GradeProgress.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("nowhere: no submissions folder; give --submissions DIR, "
                        + "the folder that holds one folder per problem id");
    }

    @Test
    void anUnreadableFileFailsOnlyItsProblem() throws Exception {
        Files.write(submissions.resolve("valid-parentheses/Bad.java"), new byte[]{(byte) 0xC3, (byte) 0x28});

        GradeResult result = grader(2).grade(request(Set.of(), GradeThresholds.NONE), GradeProgress.NONE);
        GradedSubmission parentheses = result.sheet().submissions().get(1);

        assertThat(parentheses.report().judgement().verdict()).isEqualTo(Verdict.COMPILE_ERROR);
        assertThat(parentheses.report().judgement().diagnostics().get(0).message())
                .endsWith("Bad.java: not UTF-8 text; save the file as UTF-8");
        assertThat(parentheses.report().readability()).isNull();
        assertThat(result.sheet().submissions().get(0).report().judgement().verdict()).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aCrashOfTheJudgeIsAJudgeErrorThatFailsTheGrade() {
        BatchGrader crashing = new BatchGrader(unscored((problem, sources, mode, stopAtFirstFailure, growth) -> {
            throw new IllegalStateException("worker pool closed");
        }), 1);

        GradeResult result = crashing.grade(request(Set.of("two-sum"), GradeThresholds.NONE), GradeProgress.NONE);

        assertThat(result.sheet().submissions().get(0).report().judgement().verdict()).isEqualTo(Verdict.JUDGE_ERROR);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void submissionsAreGradedInParallel() {
        CountDownLatch bothRunning = new CountDownLatch(2);
        BatchGrader parallel = new BatchGrader(unscored((problem, sources, mode, stopAtFirstFailure, growth) -> {
            bothRunning.countDown();
            try {
                // Each judgement waits for the other: this only finishes when two run at once.
                assertThat(bothRunning.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return judgement(problem.id(), Verdict.ACCEPTED, List.of());
        }), 2);

        GradeResult result = parallel.grade(request(Set.of(), GradeThresholds.NONE), GradeProgress.NONE);

        assertThat(result.sheet().submissions()).extracting(graded -> graded.report().judgement().verdict())
                .containsExactly(Verdict.ACCEPTED, Verdict.ACCEPTED);
    }

    @Test
    void progressHearsOfEverySubmission() {
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        grader(2).grade(request(Set.of(), GradeThresholds.NONE), new GradeProgress() {
            @Override
            public void started(int count) {
                heard.add("started " + count);
            }

            @Override
            public void graded(GradedSubmission graded) {
                heard.add(graded.problemId());
            }
        });

        assertThat(heard).hasSize(3);
        assertThat(heard.get(0)).isEqualTo("started 2");
        assertThat(heard.subList(1, 3)).containsExactlyInAnyOrder("two-sum", "valid-parentheses");
    }

    @Test
    void announcesTheFirstLanesThenEachNextSubmissionSoWorkersStartEarly() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        SubmissionEvaluator.SubmissionJudge judge = new SubmissionEvaluator.SubmissionJudge() {
            @Override
            public Judgement judge(ProblemPackage problem, List<dev.drilljudge.source.SourceFile> sources, RunMode mode,
                                   boolean stopAtFirstFailure, boolean measureGrowth) {
                events.add("judge " + problem.id());
                return judgement(problem.id(), Verdict.ACCEPTED, List.of());
            }

            @Override
            public void prepare(List<ProblemPackage> upcoming) {
                events.add("prepare " + upcoming.stream().map(ProblemPackage::id).toList());
            }
        };

        new BatchGrader(unscored(judge), 1)
                .grade(request(Set.of(), GradeThresholds.NONE), GradeProgress.NONE);

        assertThat(events).containsExactly("prepare [two-sum]", "prepare [valid-parentheses]", "judge two-sum",
                "prepare []", "judge valid-parentheses");
    }

    private BatchGrader grader(int parallelism) {
        SubmissionEvaluator.SubmissionJudge judge = (problem, sources, mode, stopAtFirstFailure, growth) -> {
            judged.add(problem.id() + ":" + mode);
            boolean correct = sources.stream().anyMatch(source -> source.content().contains("correct"));
            List<TestResult> results = List.of(
                    new TestResult(1, "HiddenTest.a", "edge: empty", Set.of("edge"), TestStatus.PASSED, 1, ""),
                    new TestResult(2, "HiddenTest.b", "edge: one", Set.of("edge"),
                            correct ? TestStatus.PASSED : TestStatus.of(TestOutcome.WRONG_ANSWER), 1, "expected 1"),
                    new TestResult(3, "HiddenTest.c", "basic", Set.of(), TestStatus.PASSED, 1, ""));
            return judgement(problem.id(), correct ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER, results);
        };
        SubmissionEvaluator.ReadabilityCheck readability = (problem, sources) -> (judgement, edgeRate) -> {
            String id = sources.get(0).content().contains("correct") ? "two-sum" : "valid-parentheses";
            edgeRates.put(id, edgeRate);
            return new Readability(80, Map.of(dev.drilljudge.readability.Category.NAMING, 80), List.of(), List.of());
        };
        SubmissionEvaluator.SubmissionScorer scorer = (problem, judgement, analysis, context) -> new Scorecard(
                new MetaScore(judgement.verdict().isAccepted() ? 90 : 20, 100,
                        context instanceof ScoringContext.SelfReported ? 100 : null, 100, 100,
                        context instanceof ScoringContext.SelfReported reported ? reported.elapsedSeconds() : null,
                        900, context instanceof ScoringContext.SelfReported reported ? reported.rejectedAttempts() : 0),
                new AmazonScore(analysis == null ? 0 : analysis.score(), analysis == null ? 0 : analysis.score(), 100, 100), 80, new Debrief("m", "a"));
        return new BatchGrader(new SubmissionEvaluator(judge, readability, scorer, false), parallelism);
    }

    private static SubmissionEvaluator unscored(SubmissionEvaluator.SubmissionJudge judge) {
        return new SubmissionEvaluator(judge, ReadabilityChecks.none(), SubmissionEvaluator.UNSCORED, false);
    }

    private GradeRequest request(Set<String> only, GradeThresholds thresholds) {
        return new GradeRequest(submissions, repo, bank, only, thresholds);
    }

    private static Judgement judgement(String id, Verdict verdict, List<TestResult> results) {
        return new Judgement(id, RunMode.HIDDEN, verdict, verdict.name(), results, List.of(), new Timings(1, 1, 2), "");
    }

    private ProblemPackage problem(String id, String title) {
        return new ProblemPackage(id, title, Difficulty.EASY, List.of(), 15, Limits.DEFAULTS, false, List.of(),
                repo.resolve("bank").resolve(id));
    }

    private void write(String relative, String content) throws Exception {
        writeTo(submissions.resolve(relative), content);
    }

    private static void writeTo(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
