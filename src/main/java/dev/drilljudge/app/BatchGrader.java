package dev.drilljudge.app;

import dev.drilljudge.BadInputException;
import dev.drilljudge.debug.SeededBugs;
import dev.drilljudge.scoring.DebugInputs;
import dev.drilljudge.session.DrillService;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.scoring.ScoringContext;
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
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    private final SubmissionEvaluator evaluator;
    private final int parallelism;

    /** @param evaluator the grading seam, with {@link ReadabilityChecks#forGrading()} outside tests */
    public BatchGrader(SubmissionEvaluator evaluator, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.evaluator = evaluator;
        this.parallelism = parallelism;
    }

    public GradeResult grade(GradeRequest request, GradeProgress progress) {
        long started = System.nanoTime();
        Map<String, ProblemPackage> bank = request.problems().stream()
                .collect(Collectors.toMap(ProblemPackage::id, Function.identity(), (first, second) -> first, TreeMap::new));
        checkIds(request.only(), "--only", bank);
        checkIds(request.expected(), "--expect", bank);

        List<Task> tasks = new ArrayList<>();
        List<GradedSubmission> notSubmitted = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> historyWarnings = new ArrayList<>();
        for (PracticeRepo repo : request.repos()) {
            Path submissionsDir = repo.submissionsDir();
            boolean present = Files.isDirectory(submissionsDir);
            if (!present && !request.cohort()) {
                throw new BadInputException(submissionsDir + ": no submissions folder; give --submissions DIR, "
                        + "the folder that holds one folder per problem id");
            }
            List<String> folders = present ? submissionFolders(submissionsDir) : List.of();
            HistoryLog history = present ? HistoryReader.readSubmissions(submissionsDir) : HistoryLog.EMPTY;
            String historyFile = new JudgePaths(submissionsDir).historyFile().toString();
            history.skipped().forEach(line -> historyWarnings.add(line.describe(historyFile)));
            for (String id : wanted(request, bank, folders)) {
                Path folder = submissionsDir.resolve(id);
                if (folders.contains(id)) {
                    tasks.add(new Task(repo.student(), bank.get(id), folder, history));
                } else {
                    notSubmitted.add(notSubmitted(request, repo.student(), bank.get(id), folder));
                }
            }
            folders.stream().filter(id -> !bank.containsKey(id))
                    .map(id -> repo.student().isEmpty() ? id : repo.student() + "/" + id)
                    .forEach(unknown::add);
        }
        if (tasks.isEmpty() && notSubmitted.isEmpty() && !request.repos().isEmpty()) {
            throw new BadInputException(nothingToGrade(request, bank, unknown));
        }

        progress.started(tasks.size());
        List<GradedSubmission> rows = new ArrayList<>(gradeAll(request, tasks, progress));
        rows.addAll(notSubmitted);
        rows.sort(Comparator.comparing(GradedSubmission::student).thenComparing(GradedSubmission::problemId));
        long wallMs = (System.nanoTime() - started) / 1_000_000;
        List<String> students = request.cohort()
                ? request.repos().stream().map(PracticeRepo::student).sorted().toList() : List.of();
        GradeSheet sheet = new GradeSheet(rows, unknown, request.cohort(), students,
                new TreeSet<>(request.expected()).stream().toList(), folderUri(request.root()));
        return new GradeResult(sheet, historyWarnings, wallMs);
    }

    /**
     * The problem ids to grade in one repo: every folder that matches the bank, plus the assignment; or only the
     * {@code --only} ids, which are then expected too (a missing one is NOT_SUBMITTED, so it shows in the reports).
     */
    private static List<String> wanted(GradeRequest request, Map<String, ProblemPackage> bank, List<String> folders) {
        TreeSet<String> ids = new TreeSet<>();
        if (!request.only().isEmpty()) {
            ids.addAll(request.only());
        } else {
            folders.stream().filter(bank::containsKey).forEach(ids::add);
            ids.addAll(request.expected());
        }
        return List.copyOf(ids);
    }

    private GradedSubmission notSubmitted(GradeRequest request, String student, ProblemPackage problem, Path folder) {
        String path = displayPath(request.root(), folder);
        Judgement judgement = new Judgement(problem.id(), RunMode.HIDDEN, Verdict.NOT_SUBMITTED,
                "NOT_SUBMITTED: no folder " + path, List.of(), List.of(), new Timings(0, 0, 0), "");
        JudgeReport report = new JudgeReport(judgement, null, null);
        return new GradedSubmission(student, problem.title(), path, report, false, request.thresholds().unmet(report));
    }

    /** Why a run graded nothing, in one line: what was looked for, and where. */
    private static String nothingToGrade(GradeRequest request, Map<String, ProblemPackage> bank, List<String> unknown) {
        String where = request.cohort()
                ? "no student folder of " + request.root() + " has a submissions/<id>/ folder"
                : request.repos().get(0).submissionsDir() + " has no <id>/ folder";
        String ids = bank.keySet().stream().limit(3).collect(Collectors.joining(", "))
                + (bank.size() > 3 ? ", ..." : "");
        String found = unknown.isEmpty() ? "it holds no problem folder"
                : "found only " + String.join(", ", unknown.stream().limit(5).toList());
        return "nothing to grade: " + where + " for a problem of the bank " + request.bankDir() + " ("
                + bank.size() + " problems: " + ids + "); " + found
                + "; check --submissions and --problems, or name the assignment with --expect";
    }

    private List<GradedSubmission> gradeAll(GradeRequest request, List<Task> tasks, GradeProgress progress) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        int lanes = Math.min(parallelism, tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(lanes, runnable -> {
            Thread thread = new Thread(runnable, "judge-grade");
            thread.setDaemon(true);
            return thread;
        });
        try {
            evaluator.prepare(tasks.subList(0, lanes).stream().map(Task::problem).toList());
            List<Future<GradedSubmission>> futures = new ArrayList<>();
            for (int index = 0; index < tasks.size(); index++) {
                Task task = tasks.get(index);
                // While this one compiles and runs, the one after the current lanes gets its worker started.
                List<ProblemPackage> next = index + lanes < tasks.size()
                        ? List.of(tasks.get(index + lanes).problem()) : List.of();
                futures.add(pool.submit(() -> {
                    evaluator.prepare(next);
                    GradedSubmission graded = gradeOne(request, task);
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

    private GradedSubmission gradeOne(GradeRequest request, Task task) {
        ProblemPackage problem = task.problem();
        Path folder = task.folder();
        Optional<HistoryTiming> timing = task.history().timingFor(problem.id());
        JudgeReport report;
        try {
            List<SourceFile> sources = SourceTrees.read(folder);
            report = evaluator.evaluate(problem, sources, context(task, timing, sources));
        } catch (SymbolicLinkException link) {
            // A link could point the "submission" at the bank's model answer or hidden tests.
            report = unjudged(problem, timing, Verdict.SECURITY_VIOLATION, "SECURITY_VIOLATION: " + link.getMessage(),
                    link.getMessage());
        } catch (BadInputException unreadable) {
            // A file the judge cannot read is the candidate's to fix: it fails this problem, not the whole grade.
            report = unjudged(problem, timing, Verdict.COMPILE_ERROR, "COMPILE_ERROR: " + unreadable.getMessage(),
                    unreadable.getMessage());
        } catch (RuntimeException bug) {
            report = unjudged(problem, timing, Verdict.JUDGE_ERROR, "JUDGE_ERROR: " + bug, String.valueOf(bug));
        }
        Scorecard scores = report.scores();
        boolean selfReported = timing.isPresent() && scores != null && scores.meta().timed();
        return new GradedSubmission(task.student(), problem.title(), displayPath(request.root(), folder), report,
                selfReported, request.thresholds().unmet(report));
    }

    /**
     * Self-reported when the committed history times the problem, else untimed; a submission the history shows to
     * answer a debug drill is also measured against the code that was handed out.
     */
    private static ScoringContext context(Task task, Optional<HistoryTiming> timing, List<SourceFile> sources) {
        ProblemPackage problem = task.problem();
        DebugInputs debug = sources.isEmpty() ? null : task.history().lastDebugHandOut(problem.id())
                .flatMap(handedOut -> SeededBugs.find(problem, handedOut))
                .map(handOut -> DrillService.debugInputs(problem, handOut, sources, null, true))
                .orElse(null);
        return timing.map(reported -> reported.selfReported(debug))
                .orElseGet(() -> new ScoringContext.Untimed(debug));
    }

    /** A submission that could not be judged, scored like any other (it is not accepted). */
    private JudgeReport unjudged(ProblemPackage problem, Optional<HistoryTiming> timing, Verdict verdict,
                                 String headline, String message) {
        ScoringContext context = timing.map(reported -> reported.selfReported(null))
                .orElseGet(ScoringContext.Untimed::new);
        return evaluator.score(problem, unjudged(problem, verdict, headline, message), null, context);
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

    private static void checkIds(Set<String> ids, String option, Map<String, ProblemPackage> bank) {
        for (String id : new TreeSet<>(ids)) {
            if (!bank.containsKey(id)) {
                throw new BadInputException(option + " " + id + ": no problem '" + id + "' in the bank; "
                        + "check the id against `judge list --problems DIR`");
            }
        }
    }

    /** The folder as an absolute file: URI ending in "/", as SARIF's originalUriBaseIds requires. */
    private static String folderUri(Path folder) {
        String uri = folder.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static String displayPath(Path root, Path folder) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absoluteFolder = folder.toAbsolutePath().normalize();
        Path shown = absoluteFolder.startsWith(absoluteRoot) ? absoluteRoot.relativize(absoluteFolder) : absoluteFolder;
        return shown.toString().replace('\\', '/');
    }

    /** One submission folder to judge, with the history of the repo it came from. */
    private record Task(String student, ProblemPackage problem, Path folder, HistoryLog history) {
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
