package dev.drilljudge.session;

import dev.drilljudge.BadInputException;
import dev.drilljudge.debug.FixDiff;
import dev.drilljudge.debug.HandOut;
import dev.drilljudge.debug.SeededBugs;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.scoring.AmazonWeights;
import dev.drilljudge.scoring.AttemptCount;
import dev.drilljudge.scoring.DebugInputs;
import dev.drilljudge.scoring.RoundProblem;
import dev.drilljudge.scoring.RoundScorer;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.scoring.ScoringContext;
import dev.drilljudge.scoring.Style;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drills, attempts and mock rounds over the state in submissions/.judge/. Every operation reads the state,
 * closes a mock round whose clock has run out, applies its change, appends the history first and then
 * replaces drills.json atomically. Time comes only from the injected clock.
 */
public final class DrillService {
    private final JudgePaths paths;
    private final DrillStore store;
    private final HistoryWriter history;
    private final Workspace workspace;
    private final Clock clock;

    public DrillService(Path submissionsDir, Clock clock) {
        this.paths = new JudgePaths(submissionsDir);
        this.store = new DrillStore(paths);
        this.history = new HistoryWriter(paths);
        this.workspace = new Workspace(paths);
        this.clock = clock;
    }

    public JudgePaths paths() {
        return paths;
    }

    /** The open drills and round as of now. */
    public SessionView view() {
        Instant now = clock.instant();
        SessionState loaded = store.load();
        Settled settled = settle(loaded, now);
        if (settled.roundSummary() != null) {
            store.save(settled.state());
        }
        return new SessionView(settled.state(), now, settled.roundSummary());
    }

    public HistoryLog history() {
        return HistoryReader.read(paths.historyFile());
    }

    /**
     * `judge start`: copies the starter and opens a drill. An open drill on the same problem is abandoned.
     *
     * @param minutes the time box, or null for the problem's targetMinutes
     */
    public Drill start(ProblemPackage problem, Integer minutes, Style style, boolean force) {
        checkTimeBox(minutes);
        SessionView view = view();
        SessionState state = view.state();
        checkNotInMockRound(problem, state);
        workspace.checkCanStart(List.of(problem), force);
        Instant now = view.now();
        state = abandonOpenDrill(state, problem, now);
        workspace.fillFromStarter(problem, now);
        long targetSeconds = 60L * (minutes == null ? problem.targetMinutes() : minutes);
        Drill drill = Drill.open(problem.id(), style, targetSeconds, now, null);
        history.append(started(drill));
        store.save(state.with(drill));
        return drill;
    }

    /** Checked before the state is read, since reading it may close an expired mock round. */
    private static void checkTimeBox(Integer minutes) {
        if (minutes != null && minutes <= 0) {
            throw new BadInputException("--minutes must be a positive number of minutes, not " + minutes);
        }
    }

    /** A problem of the open mock round is drilled in that round only. */
    private static void checkNotInMockRound(ProblemPackage problem, SessionState state) {
        MockRound round = state.round();
        if (round != null && round.problems().contains(problem.id())) {
            throw new BadInputException(problem.id() + " is part of the open mock round; submit it there "
                    + "(`judge status` shows the round clock)");
        }
    }

    /**
     * `judge start --debug`: hands out one of the problem's seeded bugs (never the last one handed out, when there is
     * another) and opens a debug drill. The bug is known to the state by its fingerprint only.
     *
     * @param minutes the time box, or null for the difficulty's debug target
     * @param seed    picks the seeded bug
     */
    public Drill startDebug(ProblemPackage problem, Integer minutes, long seed, boolean force) {
        checkTimeBox(minutes);
        SessionView view = view();
        SessionState state = view.state();
        checkNotInMockRound(problem, state);
        HandOut handOut = SeededBugs.pick(problem, seed, state.lastHandedOut().get(problem.id()));
        workspace.checkCanStart(List.of(problem), force);
        Instant now = view.now();
        state = abandonOpenDrill(state, problem, now);
        workspace.fillFromHandOut(problem.id(), handOut.sources(), now);
        long targetSeconds = 60L * (minutes == null ? problem.difficulty().debugTargetMinutes() : minutes);
        Drill drill = Drill.openDebug(problem.id(), targetSeconds, now, null, handOut.fingerprint());
        history.append(started(drill));
        store.save(state.with(drill).withHandedOut(problem.id(), handOut.fingerprint()));
        return drill;
    }

    /** `judge mock`: opens a round over the planned problems, copying each starter. */
    public MockRound startRound(Style style, List<MockRoundPlanner.PlannedProblem> planned, long seed,
                                boolean force) {
        SessionView view = view();
        SessionState state = view.state();
        if (state.round() != null) {
            throw new BadInputException("a mock round is already open; `judge status` shows it");
        }
        List<ProblemPackage> problems = planned.stream().map(MockRoundPlanner.PlannedProblem::problem).toList();
        workspace.checkCanStart(problems, force);
        Instant now = view.now();
        MockRound round = new MockRound("mock@" + now, style, now, MockRoundPlanner.ROUND_SECONDS, seed,
                problems.stream().map(ProblemPackage::id).toList());
        history.append(new HistoryEvent.RoundStarted(now, JudgeVersion.current(), round.id(), style, seed,
                round.durationSeconds(), round.problems()));
        state = state.withRound(round);
        for (MockRoundPlanner.PlannedProblem plannedProblem : planned) {
            ProblemPackage problem = plannedProblem.problem();
            state = abandonOpenDrill(state, problem, now);
            Drill drill;
            if (plannedProblem.debug()) {
                HandOut handOut = SeededBugs.pick(problem, seed, state.lastHandedOut().get(problem.id()));
                workspace.fillFromHandOut(problem.id(), handOut.sources(), now);
                drill = Drill.openDebug(problem.id(), plannedProblem.targetSeconds(), now, round.id(),
                        handOut.fingerprint());
                state = state.withHandedOut(problem.id(), handOut.fingerprint());
            } else {
                workspace.fillFromStarter(problem, now);
                drill = Drill.open(problem.id(), style, plannedProblem.targetSeconds(), now, round.id());
            }
            history.append(started(drill));
            state = state.with(drill);
        }
        store.save(state);
        return round;
    }

    /**
     * How a submit of this problem is scored now: against its open drill's clock (stopped at this moment, so the
     * judge's own time is not the candidate's), or untimed. On a debug drill the sources are measured against the
     * handed-out code and {@code cause} (the root cause the candidate stated, or null) is kept. Reads the state and
     * changes nothing; a round whose clock ran out is settled when the attempt is recorded.
     */
    public ScoringContext scoringContext(ProblemPackage problem, List<SourceFile> sources, String cause) {
        Instant now = clock.instant();
        SessionState state = store.load();
        Optional<Drill> open = state.openDrill(problem.id());
        if (open.isEmpty()) {
            return new ScoringContext.Untimed();
        }
        Drill drill = open.get();
        MockRound round = drill.round() == null ? null : state.round();
        if (round != null && round.isOver(now)) {
            return new ScoringContext.Untimed();
        }
        AmazonWeights weights = round != null && round.style() == Style.AMAZON
                ? AmazonWeights.MOCK_ROUND
                : AmazonWeights.STANDARD;
        DebugInputs debug = SeededBugs.find(problem, drill.handedOut())
                .map(handOut -> debugInputs(problem, handOut, sources, cause, true))
                .orElse(null);
        return new ScoringContext.Drill(drill.targetSeconds(), drill.elapsedSeconds(now), drill.rejectedAttempts(),
                round != null && round.compileErrorCounts(), drill.style(), weights, debug);
    }

    /**
     * Scores a submit in its {@link #scoringContext} and records it: the convenience of {@link #record(
     * ProblemPackage, Judgement, Readability, Scorecard, ScoringContext)} when nothing else scored it.
     *
     * @param readability null when the analysis could not run
     */
    public RecordedAttempt record(ProblemPackage problem, Judgement judgement, Readability readability) {
        return record(problem, judgement, readability, List.of(), null);
    }

    /**
     * Like {@link #record(ProblemPackage, Judgement, Readability)}; on a debug drill the submitted sources are
     * measured against the handed-out code and the stated cause is kept.
     *
     * @param sources the submitted code (measured only on a debug drill)
     * @param cause   the root cause stated with `judge submit --cause`, or null
     */
    public RecordedAttempt record(ProblemPackage problem, Judgement judgement, Readability readability,
                                  List<SourceFile> sources, String cause) {
        ScoringContext context = scoringContext(problem, sources, cause);
        Scorecard scorecard = context.score(judgement, readability, targetSeconds(problem));
        return record(problem, judgement, readability, scorecard, context);
    }

    /**
     * Records a hidden-test submit, scored in {@code context}, against the open drill for its problem, if any.
     * A sample run is never recorded.
     *
     * @param readability null when the analysis could not run
     */
    public RecordedAttempt record(ProblemPackage problem, Judgement judgement, Readability readability,
                                  Scorecard scorecard, ScoringContext context) {
        if (judgement.mode() != RunMode.HIDDEN) {
            return new RecordedAttempt(scorecard, null, null, null);
        }
        SessionView view = view();
        SessionState state = view.state();
        Instant now = view.now();
        Optional<Drill> open = state.openDrill(problem.id());
        if (open.isEmpty() || !(context instanceof ScoringContext.Drill timed)) {
            AttemptCount count = AttemptCount.of(judgement.verdict(), false);
            history.append(attemptEvent(now, problem.id(), null, null, judgement, count, null,
                    targetSeconds(problem), scorecard, readability));
            return new RecordedAttempt(scorecard, null, count, view.roundJustClosed());
        }
        Drill drill = open.get();
        MockRound round = drill.round() == null ? null : state.round();
        AttemptCount count = timed.count(judgement.verdict());
        long elapsed = timed.elapsedSeconds();
        String statedCause = timed.debug() == null ? null : timed.debug().cause();
        drill = drill.withAttempt(new Attempt(now, judgement.verdict(), count, elapsed, scorecard));
        history.append(attemptEvent(now, problem.id(), drill.id(), drill.round(), judgement, count, elapsed,
                drill.targetSeconds(), scorecard, readability).withCause(statedCause));
        MockRoundSummary roundSummary = view.roundJustClosed();
        if (count == AttemptCount.ACCEPTED) {
            drill = drill.closed(now, DrillOutcome.ACCEPTED);
            history.append(closedEvent(drill, SeededBugs.find(problem, drill.handedOut())
                    .map(found -> found.bug().name()).orElse(null)));
            state = round == null ? state.without(drill) : state.with(drill);
            if (round != null && state.roundDrills().stream().noneMatch(Drill::isOpen)) {
                roundSummary = closeRound(round, state.roundDrills(), now, false);
                state = state.withoutRound();
            }
        } else {
            state = state.with(drill);
        }
        store.save(state);
        return new RecordedAttempt(scorecard, drill, count, roundSummary);
    }

    /**
     * A debug submit's measurements: its diff against the handed-out code, the seeded bug's own diff, the stated
     * cause, and, once the drill is over (accepted), the seeded bug's name and BUG.md.
     */
    public static DebugInputs debugInputs(ProblemPackage problem, HandOut handOut, List<SourceFile> sources,
                                          String cause, boolean drillOver) {
        DebugInputs.RevealedBug revealed = drillOver
                ? new DebugInputs.RevealedBug(handOut.bug().title(), handOut.bug().description())
                : null;
        return new DebugInputs(FixDiff.changedLinesOfCode(handOut.sources(), sources),
                SeededBugs.seededDiffLines(problem, handOut), cause, revealed);
    }

    /** The problem's own target, in seconds: what an untimed submit is shown against. */
    public static long targetSeconds(ProblemPackage problem) {
        return 60L * problem.targetMinutes();
    }

    private record Settled(SessionState state, MockRoundSummary roundSummary) {
    }

    /** Closes the open round if its clock has run out; the closing events carry the round's end time. */
    private Settled settle(SessionState state, Instant now) {
        MockRound round = state.round();
        if (round == null || !round.isOver(now)) {
            return new Settled(state, null);
        }
        Instant end = round.endsAt();
        List<Drill> closedDrills = new ArrayList<>();
        for (Drill drill : state.roundDrills()) {
            if (drill.isOpen()) {
                drill = drill.closed(end, DrillOutcome.EXPIRED);
                history.append(closedEvent(drill, null));
            }
            closedDrills.add(drill);
        }
        MockRoundSummary summary = closeRound(round, closedDrills, end, true);
        return new Settled(state.withoutRound(), summary);
    }

    private MockRoundSummary closeRound(MockRound round, List<Drill> drills, Instant end, boolean expired) {
        List<RoundProblem> problems = new ArrayList<>();
        long lastSolve = 0;
        for (Drill drill : drills) {
            Attempt decisive = drill.decisiveAttempt();
            boolean accepted = drill.outcome() == DrillOutcome.ACCEPTED;
            Long solvedAt = accepted ? decisive.elapsedSeconds() : null;
            if (solvedAt != null) {
                lastSolve = Math.max(lastSolve, solvedAt);
            }
            problems.add(new RoundProblem(drill.problem(), accepted, solvedAt, drill.targetSeconds(),
                    drill.attempts().size(), drill.rejectedAttempts(), decisive == null ? null : decisive.scores()));
        }
        long used = expired ? round.durationSeconds() : lastSolve;
        MockRoundSummary summary = new MockRoundSummary(round.id(), round.style(), round.seed(), round.startedAt(),
                end, round.durationSeconds(), used, expired, problems,
                RoundScorer.score(round.style(), round.durationSeconds(), used, expired, problems));
        history.append(new HistoryEvent.RoundClosed(end, JudgeVersion.current(), round.id(), summary));
        return summary;
    }

    private SessionState abandonOpenDrill(SessionState state, ProblemPackage problem, Instant now) {
        Optional<Drill> open = state.openDrill(problem.id());
        if (open.isEmpty()) {
            return state;
        }
        Drill abandoned = open.get().closed(now, DrillOutcome.ABANDONED);
        history.append(closedEvent(abandoned, SeededBugs.find(problem, abandoned.handedOut())
                .map(handOut -> handOut.bug().name()).orElse(null)));
        return state.without(abandoned);
    }

    private static HistoryEvent.DrillStarted started(Drill drill) {
        return new HistoryEvent.DrillStarted(drill.startedAt(), JudgeVersion.current(), drill.id(), drill.problem(),
                drill.style(), drill.targetSeconds(), drill.round(), drill.handedOut());
    }

    /** @param seededBug a debug drill's seeded bug, named now that it is over; null for other drills */
    private static HistoryEvent.DrillClosed closedEvent(Drill drill, String seededBug) {
        return new HistoryEvent.DrillClosed(drill.closedAt(), JudgeVersion.current(), drill.id(), drill.problem(),
                drill.outcome(), drill.elapsedAtClose(), drill.targetSeconds(), drill.attempts().size(), drill.rejectedAttempts(),
                drill.round(), seededBug);
    }

    private static HistoryEvent.AttemptRecorded attemptEvent(Instant now, String problemId, String drillId,
                                                             String roundId, Judgement judgement, AttemptCount count,
                                                             Long elapsed, long targetSeconds, Scorecard scorecard,
                                                             Readability readability) {
        return new HistoryEvent.AttemptRecorded(now, JudgeVersion.current(), problemId, drillId, roundId,
                judgement.verdict(), count, judgement.passed(), judgement.total(), elapsed, targetSeconds, scorecard,
                readability == null ? null : ReadabilitySnapshot.of(readability));
    }
}
