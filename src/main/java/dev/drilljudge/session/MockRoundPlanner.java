package dev.drilljudge.session;

import dev.drilljudge.BadInputException;
import dev.drilljudge.debug.SeededBugs;
import dev.drilljudge.problem.Difficulty;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.scoring.Style;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Picks a mock round's problems from the bank, reproducibly from a seed.
 * Meta: a medium problem, then a medium or hard one, 45 minutes for both. Amazon: one problem, 45 minutes,
 * preferring problems tagged for the style (the bank tags problems meta, amazon or pe).
 */
public final class MockRoundPlanner {
    public static final long ROUND_SECONDS = 45 * 60;

    private MockRoundPlanner() {
    }

    /**
     * The problems in order, with the round-clock time by which each should be solved.
     *
     * @param debug the problem is handed out as a seeded bug to fix rather than a starter
     */
    public record PlannedProblem(ProblemPackage problem, long targetSeconds, boolean debug) {
        public PlannedProblem(ProblemPackage problem, long targetSeconds) {
            this(problem, targetSeconds, false);
        }
    }

    public static List<PlannedProblem> plan(Style style, List<ProblemPackage> bank, long seed, String bankName) {
        return plan(style, bank, seed, bankName, false);
    }

    /**
     * @param withDebug a Meta round's second problem is a debug drill (a seeded bug to fix); without it the seed
     *                  decides, one round in four, as a real screen sometimes does
     */
    public static List<PlannedProblem> plan(Style style, List<ProblemPackage> bank, long seed, String bankName,
                                            boolean withDebug) {
        List<PlannedProblem> plan = planProblems(style, bank, seed, bankName);
        // A separate stream, so a seed picks the same problems whether or not the round includes a debug drill.
        boolean debug = style == Style.META && (withDebug || new Random(seed ^ DEBUG_SALT).nextInt(4) == 0);
        if (!debug) {
            return plan;
        }
        ProblemPackage first = plan.get(0).problem();
        ProblemPackage second = plan.get(1).problem();
        if (!SeededBugs.debuggable(second)) {
            List<ProblemPackage> debuggable = bank.stream().filter(SeededBugs::debuggable)
                    .filter(problem -> !problem.id().equals(first.id()))
                    .filter(problem -> problem.difficulty() != Difficulty.EASY).toList();
            if (debuggable.isEmpty()) {
                if (withDebug) {
                    throw new BadInputException("the problem bank " + bankName + " has no medium or hard problem with "
                            + "wrong solutions to debug; drop --with-debug or add solutions/wrong/ to one");
                }
                return plan;
            }
            second = debuggable.get(new Random(seed ^ DEBUG_SALT).nextInt(debuggable.size()));
        }
        return List.of(plan.get(0), new PlannedProblem(second, plan.get(1).targetSeconds(), true));
    }

    private static final long DEBUG_SALT = 0x5EEDDEB6L;

    private static List<PlannedProblem> planProblems(Style style, List<ProblemPackage> bank, long seed,
                                                     String bankName) {
        Random random = new Random(seed);
        return switch (style) {
            case META -> {
                ProblemPackage first = pick(random, bank, EnumSet.of(Difficulty.MEDIUM), "meta", Set.of(), bankName,
                        "medium problem for the first half of a Meta round");
                ProblemPackage second = pick(random, bank, EnumSet.of(Difficulty.MEDIUM, Difficulty.HARD), "meta",
                        Set.of(first.id()), bankName, "second medium or hard problem for a Meta round");
                // Two problems in 45 minutes: the first is due at half time, the second by the end.
                yield List.of(new PlannedProblem(first, ROUND_SECONDS / 2), new PlannedProblem(second, ROUND_SECONDS));
            }
            case AMAZON -> List.of(new PlannedProblem(pick(random, bank, EnumSet.allOf(Difficulty.class), "amazon",
                    Set.of(), bankName, "problem for an Amazon round"), ROUND_SECONDS));
            case BOTH -> throw new BadInputException("--style must be meta or amazon for a mock round, not 'both'");
        };
    }

    private static ProblemPackage pick(Random random, List<ProblemPackage> bank, Set<Difficulty> difficulties,
                                       String preferredTag, Set<String> exclude, String bankName, String wanted) {
        List<ProblemPackage> candidates = new ArrayList<>();
        for (ProblemPackage problem : bank) {
            if (difficulties.contains(problem.difficulty()) && !exclude.contains(problem.id())) {
                candidates.add(problem);
            }
        }
        if (candidates.isEmpty()) {
            throw new BadInputException("the problem bank " + bankName + " has no " + wanted
                    + "; add one or point --problems at a fuller bank");
        }
        List<ProblemPackage> preferred = candidates.stream().filter(problem -> problem.hasTag(preferredTag)).toList();
        List<ProblemPackage> pool = preferred.isEmpty() ? candidates : preferred;
        return pool.get(random.nextInt(pool.size()));
    }
}
