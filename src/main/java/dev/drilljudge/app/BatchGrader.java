package dev.drilljudge.app;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.session.HistoryLog;
import dev.drilljudge.session.HistoryReader;
import dev.drilljudge.session.HistoryTiming;
import dev.drilljudge.session.JudgePaths;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.source.SymbolicLinkException;
import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TaggedTests;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Grades a practice repo: every {@code submissions/<id>/} that matches a problem of the bank is judged on the bank's
 * hidden tests, analysed for readability and scored. Submissions are graded in parallel, as many at a time as the
 * judge has workers, so one warm compiler and the worker pool stay busy.
 * <p>
 * The hidden tests, support classes and libraries come only from the bank; the judge rejects any candidate class
 * that would shadow one of them (SECURITY_VIOLATION), so a repo cannot grade itself.
 */
public final class BatchGrader {

    /** Judges one submission: the {@link JudgeEngine}. Must be safe to call from several threads. */
    @FunctionalInterface
    public interface SubmissionJudge {
        Judgement judge(ProblemPackage problem, List<SourceFile> submission, RunMode mode);

        /** A hint: these problems are judged next, so whatever they need may start now. */
        default void prepare(List<ProblemPackage> upcoming) {
        }
    }

    /** Readability analysis of a submission's sources, with the share of edge-tagged tests it passed. */
    @FunctionalInterface
    public interface ReadabilityCheck {
        Readability analyze(ProblemPackage problem, List<SourceFile> sources, OptionalDouble edgeTestPassRate);
    }

    /**
     * Scores both bars. {@code timing} is the drill time from the candidate's committed history (self-reported);
     * empty means "not timed". May return null: the problem is then reported unscored.
     */
    @FunctionalInterface
    public interface SubmissionScorer {
        Scorecard score(ProblemPackage problem, Judgement judgement, Readability readability,
                        Optional<HistoryTiming> timing);

        SubmissionScorer UNSCORED = (problem, judgement, readability, timing) -> null;
    }

    private final SubmissionJudge judge;
    private final ReadabilityCheck readability;
    private final SubmissionScorer scorer;
    private final int parallelism;

    public BatchGrader(SubmissionJudge judge, ReadabilityCheck readability, SubmissionScorer scorer, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.judge = judge;
        this.readability = readability;
        this.scorer = scorer;
        this.parallelism = parallelism;
    }

    public GradeResult grade(GradeRequest request, GradeProgress progress) {
        long started = System.nanoTime();
        Path submissionsDir = request.submissionsDir();
        if (!Files.isDirectory(submissionsDir)) {
            throw new BadInputException(submissionsDir + ": no submissions folder; give --submissions DIR, "
                    + "the folder that holds one folder per problem id");
        }
        Map<String, ProblemPackage> bank = request.problems().stream()
                .collect(Collectors.toMap(ProblemPackage::id, Function.identity(), (first, second) -> first, TreeMap::new));
        List<String> folders = submissionFolders(submissionsDir);
        checkOnly(request, bank, folders);
        List<ProblemPackage> toGrade = folders.stream()
                .filter(bank::containsKey)
                .filter(id -> request.only().isEmpty() || request.only().contains(id))
                .map(bank::get)
                .toList();
        List<String> unknown = folders.stream().filter(id -> !bank.containsKey(id)).toList();
        HistoryLog history = HistoryReader.readSubmissions(submissionsDir);
        String historyFile = new JudgePaths(submissionsDir).historyFile().toString();
        List<String> historyWarnings = history.skipped().stream().map(line -> line.describe(historyFile)).toList();

        progress.started(toGrade.size());
        List<GradedSubmission> graded = gradeAll(request, toGrade, history, progress);
        long wallMs = (System.nanoTime() - started) / 1_000_000;
        return new GradeResult(new GradeSheet(graded, unknown), historyWarnings, wallMs);
    }

    private List<GradedSubmission> gradeAll(GradeRequest request, List<ProblemPackage> problems,
                                            HistoryLog history, GradeProgress progress) {
        if (problems.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, problems.size()), runnable -> {
            Thread thread = new Thread(runnable, "judge-grade");
            thread.setDaemon(true);
            return thread;
        });
        try {
            int lanes = Math.min(parallelism, problems.size());
            judge.prepare(problems.subList(0, lanes));
            List<Future<GradedSubmission>> futures = new ArrayList<>();
            for (int index = 0; index < problems.size(); index++) {
                ProblemPackage problem = problems.get(index);
                // While this one compiles and runs, the one after the current lanes gets its worker started.
                List<ProblemPackage> next = index + lanes < problems.size()
                        ? List.of(problems.get(index + lanes)) : List.of();
                futures.add(pool.submit(() -> {
                    judge.prepare(next);
                    GradedSubmission graded = gradeOne(request, problem, history);
                    synchronized (progress) {
                        progress.graded(graded);
                    }
                    return graded;
                }));
            }
            List<GradedSubmission> graded = new ArrayList<>(futures.size());
            for (Future<GradedSubmission> future : futures) {
                graded.add(await(future));
            }
            return graded;
        } finally {
            pool.shutdownNow();
        }
    }

    private GradedSubmission gradeOne(GradeRequest request, ProblemPackage problem, HistoryLog history) {
        Path folder = request.submissionsDir().resolve(problem.id());
        List<SourceFile> sources;
        Judgement judgement;
        try {
            sources = SourceTrees.read(folder);
            judgement = judge.judge(problem, sources, RunMode.HIDDEN);
        } catch (SymbolicLinkException link) {
            // A link could point the "submission" at the bank's model answer or hidden tests.
            sources = List.of();
            judgement = unjudged(problem, Verdict.SECURITY_VIOLATION, "SECURITY_VIOLATION: " + link.getMessage(),
                    link.getMessage());
        } catch (BadInputException unreadable) {
            // A file the judge cannot read is the candidate's to fix: it fails this problem, not the whole grade.
            sources = List.of();
            judgement = unjudged(problem, Verdict.COMPILE_ERROR, "COMPILE_ERROR: " + unreadable.getMessage(),
                    unreadable.getMessage());
        } catch (RuntimeException bug) {
            sources = List.of();
            judgement = unjudged(problem, Verdict.JUDGE_ERROR, "JUDGE_ERROR: " + bug, String.valueOf(bug));
        }
        Readability analysis = judgement.compiled() && !sources.isEmpty()
                ? readability.analyze(problem, sources, TaggedTests.passRate(judgement, TaggedTests.EDGE))
                : null;
        Optional<HistoryTiming> timing = history.timingFor(problem.id());
        Scorecard scores = scorer.score(problem, judgement, analysis, timing);
        JudgeReport report = new JudgeReport(judgement, analysis, scores);
        boolean selfReported = timing.isPresent() && scores != null && scores.meta().timed();
        return new GradedSubmission(problem.title(), displayPath(request.displayRoot(), folder), report, selfReported,
                request.thresholds().unmet(report));
    }

    private static Judgement unjudged(ProblemPackage problem, Verdict verdict, String headline, String message) {
        return new Judgement(problem.id(), RunMode.HIDDEN, verdict, headline, List.of(),
                List.of(new Diagnostic("", 0, 0, message)), new Timings(0, 0, 0), "");
    }

    /** Every folder in submissions/ except dot-folders such as .judge/, sorted by name. */
    private static List<String> submissionFolders(Path submissionsDir) {
        try (Stream<Path> children = Files.list(submissionsDir)) {
            return children.filter(Files::isDirectory)
                    .map(child -> child.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(submissionsDir + ": cannot list the submissions folder (" + e.getMessage() + ")", e);
        }
    }

    private static void checkOnly(GradeRequest request, Map<String, ProblemPackage> bank, List<String> folders) {
        for (String id : request.only()) {
            if (!bank.containsKey(id)) {
                throw new BadInputException("--only " + id + ": no problem '" + id + "' in the bank; "
                        + "check the id against `judge list --problems DIR`");
            }
            if (!folders.contains(id)) {
                throw new BadInputException("--only " + id + ": no submission folder "
                        + request.submissionsDir().resolve(id) + "; add it or drop the id from --only");
            }
        }
    }

    private static String displayPath(Path root, Path folder) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absoluteFolder = folder.toAbsolutePath().normalize();
        Path shown = absoluteFolder.startsWith(absoluteRoot) ? absoluteRoot.relativize(absoluteFolder) : absoluteFolder;
        return shown.toString().replace('\\', '/');
    }

    private static GradedSubmission await(Future<GradedSubmission> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("grading was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("grading failed", e.getCause());
        }
    }
}
