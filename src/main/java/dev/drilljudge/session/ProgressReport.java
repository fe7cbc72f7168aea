package dev.drilljudge.session;

import dev.drilljudge.readability.Category;
import dev.drilljudge.scoring.Percent;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Progress over weeks, computed from the history alone: what `judge report` prints and charts.
 *
 * @param problems   one entry per problem ever submitted or drilled, by id
 * @param weeks      ISO weeks with at least one attempt, oldest first
 * @param topRules   the readability rules most often broken, at most three
 * @param scores     every scored attempt in time order: the score-trend chart
 * @param categories mean readability per category (JSON key) over the attempts that have one
 * @param skipped    history lines that could not be read, so the report can say so
 * @param debugFixes every accepted debug drill, oldest first: its own series (time to fix, fix or rewrite)
 */
public record ProgressReport(List<ProblemProgress> problems, List<WeekTrend> weeks, List<RuleCount> topRules,
                             List<ScorePoint> scores, Map<String, Integer> categories, List<SkippedLine> skipped,
                             List<DebugFix> debugFixes) {
    public static final int TOP_RULES = 3;

    public ProgressReport {
        problems = List.copyOf(problems);
        weeks = List.copyOf(weeks);
        topRules = List.copyOf(topRules);
        scores = List.copyOf(scores);
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        skipped = List.copyOf(skipped);
        debugFixes = List.copyOf(debugFixes);
    }

    /**
     * One accepted debug drill.
     *
     * @param fixSeconds time to the accepted fix; null when not timed
     */
    public record DebugFix(Instant time, String problem, Long fixSeconds, long targetSeconds, int diffLines,
                           int seededDiffLines, boolean rewrite, int total) {
    }

    public long debugRewrites() {
        return debugFixes.stream().filter(DebugFix::rewrite).count();
    }

    /**
     * @param bestSolveSeconds fastest accepted drill; null when never solved in a drill
     * @param targetSeconds    the time box of that fastest drill (or of the latest attempt when unsolved)
     */
    public record ProblemProgress(String problem, Long bestSolveSeconds, long targetSeconds, int attempts,
                                  int bestMeta, int bestAmazon) {
    }

    /** @param solvePercentOfTarget mean time-to-solve as a percentage of the target; null with no timed solve */
    public record WeekTrend(String week, int attempts, int accepted, int meanMeta, int meanAmazon,
                            Integer solvePercentOfTarget) {
    }

    public record RuleCount(String rule, int findings) {
    }

    public record ScorePoint(Instant time, String problem, int meta, int amazon) {
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public static ProgressReport from(HistoryLog log, ZoneId zone) {
        List<HistoryEvent.AttemptRecorded> attempts = log.attempts();
        List<HistoryEvent.DrillClosed> solves = log.closedDrills().stream()
                .filter(closed -> closed.outcome() == DrillOutcome.ACCEPTED).toList();
        return new ProgressReport(problems(attempts, solves), weeks(attempts, solves, zone), topRules(attempts),
                attempts.stream().map(a -> new ScorePoint(a.time(), a.problem(), a.scores().meta().total(),
                        a.scores().amazon().total())).toList(),
                categories(attempts), log.skipped(), debugFixes(attempts));
    }

    private static List<DebugFix> debugFixes(List<HistoryEvent.AttemptRecorded> attempts) {
        return attempts.stream()
                .filter(attempt -> attempt.scores().debug() != null && attempt.verdict().isAccepted())
                .map(attempt -> new DebugFix(attempt.time(), attempt.problem(), attempt.elapsedSeconds(),
                        attempt.targetSeconds(), attempt.scores().debug().diffLines(),
                        attempt.scores().debug().seededDiffLines(), attempt.scores().debug().rewrite(),
                        attempt.scores().debug().total()))
                .toList();
    }

    private static List<ProblemProgress> problems(List<HistoryEvent.AttemptRecorded> attempts,
                                                  List<HistoryEvent.DrillClosed> solves) {
        Map<String, List<HistoryEvent.AttemptRecorded>> byProblem = new TreeMap<>();
        for (HistoryEvent.AttemptRecorded attempt : attempts) {
            byProblem.computeIfAbsent(attempt.problem(), id -> new ArrayList<>()).add(attempt);
        }
        List<ProblemProgress> progress = new ArrayList<>();
        for (Map.Entry<String, List<HistoryEvent.AttemptRecorded>> entry : byProblem.entrySet()) {
            List<HistoryEvent.AttemptRecorded> mine = entry.getValue();
            HistoryEvent.DrillClosed best = solves.stream()
                    .filter(closed -> closed.problem().equals(entry.getKey()))
                    .min(Comparator.comparingLong(HistoryEvent.DrillClosed::elapsedSeconds))
                    .orElse(null);
            long target = best != null ? best.targetSeconds() : mine.get(mine.size() - 1).targetSeconds();
            progress.add(new ProblemProgress(entry.getKey(), best == null ? null : best.elapsedSeconds(), target,
                    mine.size(),
                    mine.stream().mapToInt(a -> a.scores().meta().total()).max().orElse(0),
                    mine.stream().mapToInt(a -> a.scores().amazon().total()).max().orElse(0)));
        }
        return progress;
    }

    private static List<WeekTrend> weeks(List<HistoryEvent.AttemptRecorded> attempts,
                                         List<HistoryEvent.DrillClosed> solves, ZoneId zone) {
        Map<String, List<HistoryEvent.AttemptRecorded>> attemptsByWeek = new TreeMap<>();
        for (HistoryEvent.AttemptRecorded attempt : attempts) {
            attemptsByWeek.computeIfAbsent(week(attempt.time(), zone), w -> new ArrayList<>()).add(attempt);
        }
        Map<String, List<HistoryEvent.DrillClosed>> solvesByWeek = new TreeMap<>();
        for (HistoryEvent.DrillClosed solve : solves) {
            solvesByWeek.computeIfAbsent(week(solve.time(), zone), w -> new ArrayList<>()).add(solve);
        }
        List<WeekTrend> trends = new ArrayList<>();
        for (Map.Entry<String, List<HistoryEvent.AttemptRecorded>> entry : attemptsByWeek.entrySet()) {
            List<HistoryEvent.AttemptRecorded> week = entry.getValue();
            List<HistoryEvent.DrillClosed> weekSolves = solvesByWeek.getOrDefault(entry.getKey(), List.of());
            Integer solvePercent = null;
            if (!weekSolves.isEmpty()) {
                long sumPercent = 0;
                for (HistoryEvent.DrillClosed solve : weekSolves) {
                    sumPercent += Percent.divideHalfUp(100 * solve.elapsedSeconds(), solve.targetSeconds());
                }
                solvePercent = (int) Percent.divideHalfUp(sumPercent, weekSolves.size());
            }
            trends.add(new WeekTrend(entry.getKey(), week.size(),
                    (int) week.stream().filter(a -> a.verdict().isAccepted()).count(),
                    (int) Percent.divideHalfUp(week.stream().mapToLong(a -> a.scores().meta().total()).sum(), week.size()),
                    (int) Percent.divideHalfUp(week.stream().mapToLong(a -> a.scores().amazon().total()).sum(), week.size()),
                    solvePercent));
        }
        return trends;
    }

    private static List<RuleCount> topRules(List<HistoryEvent.AttemptRecorded> attempts) {
        Map<String, Integer> counts = new TreeMap<>();
        for (HistoryEvent.AttemptRecorded attempt : attempts) {
            if (attempt.readability() != null) {
                attempt.readability().rules().forEach((rule, n) -> counts.merge(rule, n, Integer::sum));
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_RULES)
                .map(entry -> new RuleCount(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static Map<String, Integer> categories(List<HistoryEvent.AttemptRecorded> attempts) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            sums.put(category.jsonKey(), new long[2]);
        }
        for (HistoryEvent.AttemptRecorded attempt : attempts) {
            if (attempt.readability() == null) {
                continue;
            }
            attempt.readability().categories().forEach((key, value) -> {
                long[] sum = sums.get(key);
                if (sum != null) {
                    sum[0] += value;
                    sum[1]++;
                }
            });
        }
        Map<String, Integer> means = new LinkedHashMap<>();
        sums.forEach((key, sum) -> {
            if (sum[1] > 0) {
                means.put(key, (int) Percent.divideHalfUp(sum[0], sum[1]));
            }
        });
        return means;
    }

    /** "2026-W45": the ISO week the instant falls in, in the given zone. */
    static String week(Instant time, ZoneId zone) {
        ZonedDateTime local = time.atZone(zone);
        return String.format("%d-W%02d", local.get(IsoFields.WEEK_BASED_YEAR),
                local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
