package dev.drilljudge.web;

import dev.drilljudge.BadInputException;
import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.app.PracticeJudging;
import dev.drilljudge.app.ProblemListing;
import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.report.progress.HtmlProgressReport;
import dev.drilljudge.report.submission.JsonReport;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.report.progress.MockRoundText;
import dev.drilljudge.report.problem.ProblemJson;
import dev.drilljudge.report.problem.ProblemListJson;
import dev.drilljudge.report.progress.ProgressJson;
import dev.drilljudge.report.progress.StatusJson;
import dev.drilljudge.report.submission.TextReport;
import dev.drilljudge.report.submission.TextStyle;
import dev.drilljudge.scoring.Style;
import dev.drilljudge.session.Drill;
import dev.drilljudge.session.DrillService;
import dev.drilljudge.session.MockRoundPlanner;
import dev.drilljudge.session.ProgressReport;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.verdict.Judgement;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What each API route does, in the same use cases and documents as the command line: GET /api/problems is
 * `judge list --format json`, POST .../submit is `judge submit --format json`, and so on. Changes go through the
 * {@link JudgeQueue}; the HTTP side ({@link ApiRoutes}) only parses and replies.
 */
final class PracticeApi implements AutoCloseable {
    private final ServeSettings settings;
    private final JudgeEngine engine;
    private final Clock clock;
    private final JudgeQueue queue = new JudgeQueue();
    private final AtomicLong judged = new AtomicLong();

    PracticeApi(ServeSettings settings, JudgeEngine engine, Clock clock) {
        this.settings = settings;
        this.engine = engine;
        this.clock = clock;
    }

    /** A judgement and how to print it for a command line that handed its job over. */
    record Judged(ObjectNode json, JudgeReport report, List<String> afterReport) {
        String text(boolean colour) {
            StringBuilder text = new StringBuilder(new TextReport(new TextStyle(colour)).render(report));
            afterReport.forEach(line -> text.append(line).append(System.lineSeparator()));
            return text.toString();
        }
    }

    /** Runs and submits judged so far. */
    long jobsJudged() {
        return judged.get();
    }

    ProblemBank bank() {
        return ProblemBank.open(settings.problemsDir());
    }

    ProblemPackage problem(String id) {
        return bank().get(id);
    }

    boolean hasProblem(String id) {
        return bank().contains(id);
    }

    ObjectNode list(ProblemListing.Filter filter) {
        ProblemListing.Listing listing = ProblemListing.list(bank(), settings.submissionsDir(), filter);
        return ProblemListJson.toJson(listing.shown(), listing.solved());
    }

    /** `judge show ID --format json`; also starts a worker for the problem's limits, since a Run is likely next. */
    ObjectNode show(String id) {
        ProblemPackage problem = problem(id);
        engine.prepare(problem);
        boolean solved = ProblemListing.solvedProblems(settings.submissionsDir()).contains(id);
        try {
            return ProblemJson.toJson(problem, Files.readString(problem.statementFile()), solved);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + problem.statementFile(), e);
        }
    }

    WorkspaceFiles.Snapshot files(String id) {
        return workspace().read(problem(id));
    }

    WorkspaceFiles.Snapshot save(String id, Map<String, String> files) throws Exception {
        ProblemPackage problem = problem(id);
        return queue.run(() -> {
            workspace().write(problem, files);
            return workspace().read(problem);
        });
    }

    /** `judge start ID [--minutes N] [--style S] [--force] --format json`, then the tests compiled in advance. */
    ObjectNode start(String id, Integer minutes, String style, boolean force) throws Exception {
        ProblemPackage problem = problem(id);
        Style drillStyle = Style.fromLabel(style == null ? Style.BOTH.label() : style);
        return queue.run(() -> {
            DrillService service = drills();
            Drill drill = service.start(problem, minutes, drillStyle, force);
            ObjectNode started = StatusJson.started(drill, service.paths().workDir(id).toString());
            precompile(problem);
            return started;
        });
    }

    /** `judge mock --style S [--seed N] [--force] --format json`. */
    ObjectNode mock(String style, Long seed, boolean force) throws Exception {
        return queue.run(() -> {
            DrillService service = drills();
            if (service.view().state().round() == null) {
                Style roundStyle = Style.fromLabel(style == null ? "" : style);
                long roundSeed = seed != null ? seed : clock.millis();
                ProblemBank bank = bank();
                service.startRound(roundStyle, MockRoundPlanner.plan(roundStyle, bank.problems(), roundSeed,
                        bank.root().toString()), roundSeed, force);
            }
            return StatusJson.toJson(service.view(), null);
        });
    }

    /** `judge run ID --format json` after saving the files (none: the folder as it is). */
    Judged run(String id, Map<String, String> files) throws Exception {
        ProblemPackage problem = problem(id);
        return queue.run(() -> {
            saveIfGiven(problem, files);
            Judgement judgement = judging().run(problem, SourceTrees.read(folderOf(problem)));
            judged.incrementAndGet();
            JudgeReport report = new JudgeReport(judgement, null, null);
            return new Judged(JsonReport.toJson(report), report, List.of());
        });
    }

    /** `judge submit ID --format json` after saving the files (none: the folder as it is). */
    Judged submit(String id, Map<String, String> files) throws Exception {
        ProblemPackage problem = problem(id);
        return queue.run(() -> {
            saveIfGiven(problem, files);
            PracticeJudging.Submitted submitted = judging().submit(problem, SourceTrees.read(folderOf(problem)));
            judged.incrementAndGet();
            JudgeReport report = new JudgeReport(submitted.judgement(), submitted.readability(),
                    submitted.recorded().scorecard());
            List<String> after = submitted.recorded().roundSummary() == null ? List.of()
                    : MockRoundText.lines(submitted.recorded().roundSummary());
            return new Judged(JsonReport.toJson(report), report, after);
        });
    }

    /**
     * `judge status --format json`. Reading the state closes a mock round whose time is up and saves that, so it is
     * a write like any other and waits its turn in the queue.
     */
    ObjectNode status() throws Exception {
        return queue.run(() -> {
            DrillService service = drills();
            return StatusJson.toJson(service.view(), service.history().lastRoundSummary().orElse(null));
        });
    }

    /** `judge report --format json`, weeks in this machine's time zone like the command. */
    ObjectNode report() {
        return ProgressJson.toJson(progress());
    }

    /** The page `judge report --html FILE` writes. */
    String reportHtml() {
        return HtmlProgressReport.render(progress(), clock.instant());
    }

    private ProgressReport progress() {
        return ProgressReport.from(drills().history(), ZoneId.systemDefault());
    }

    private void saveIfGiven(ProblemPackage problem, Map<String, String> files) {
        if (files != null && !files.isEmpty()) {
            workspace().write(problem, files);
        }
    }

    private Path folderOf(ProblemPackage problem) {
        Path folder = drills().paths().workDir(problem.id());
        if (!Files.exists(folder)) {
            throw new BadInputException(folder + ": no such folder; start a drill first, "
                    + "or send the files to judge");
        }
        return folder;
    }

    private void precompile(ProblemPackage problem) {
        try {
            engine.precompile(problem, SourceTrees.read(folderOf(problem)));
        } catch (RuntimeException notPrimed) {
            // Only speed depends on this: a starter that cannot be compiled is for Run to report.
        }
    }

    private PracticeJudging judging() {
        return new PracticeJudging(engine, settings.submissionsDir(), clock, settings.readabilityConfig());
    }

    private DrillService drills() {
        return new DrillService(settings.submissionsDir(), clock);
    }

    private WorkspaceFiles workspace() {
        return new WorkspaceFiles(drills().paths());
    }

    @Override
    public void close() {
        queue.close();
    }
}
