package dev.drilljudge.session;

import dev.drilljudge.BadInputException;
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
