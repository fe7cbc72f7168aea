package dev.drilljudge.debug;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.SeededBug;
import dev.drilljudge.problem.SolutionKind;
import dev.drilljudge.source.SourceTrees;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/** The bank's side of a debug drill: which seeded bug to hand out, and how far each lies from a correct answer. */
public final class SeededBugs {
    private SeededBugs() {
    }

    /**
     * Picks a seeded bug of the problem from the seed, never the one handed out last time when there is another
     * (the last one is left out before the seed picks, so a seed gives the same bug for the same last one).
     *
     * @param lastFingerprint the fingerprint of the bug handed out last time for this problem, or null
     */
    public static HandOut pick(ProblemPackage problem, long seed, String lastFingerprint) {
        List<HandOut> all = SeededBug.of(problem).stream().map(HandOut::of).toList();
        if (all.isEmpty()) {
            throw new BadInputException("problem '" + problem.id() + "' has no wrong solutions to debug; "
                    + "pick a problem with solutions/wrong/ (`judge debug-drill` picks one for you)");
        }
        List<HandOut> pool = all.stream().filter(handOut -> !handOut.fingerprint().equals(lastFingerprint)).toList();
        List<HandOut> choices = pool.isEmpty() ? all : pool;
        return choices.get(new Random(seed).nextInt(choices.size()));
    }

    /** The seeded bug behind a fingerprint, while the bank still holds the same file. */
    public static Optional<HandOut> find(ProblemPackage problem, String fingerprint) {
        if (fingerprint == null) {
            return Optional.empty();
        }
        return SeededBug.of(problem).stream().map(HandOut::of)
                .filter(handOut -> handOut.fingerprint().equals(fingerprint))
                .findFirst();
    }

    /**
     * The seeded bug's own size: the changed lines between the handed-out code and the nearest accepted solution
     * (a problem may ship several; the bug was seeded into one of them).
     */
    public static int seededDiffLines(ProblemPackage problem, HandOut handOut) {
        return problem.solutions(SolutionKind.ACCEPTED).stream()
                .mapToInt(accepted -> FixDiff.changedLinesOfCode(SourceTrees.read(accepted.directory()),
                        handOut.sources()))
                .min()
                .orElseThrow(() -> new BadInputException("problem '" + problem.id()
                        + "' has no accepted solution to measure its seeded bugs against"));
    }

    /** True when the problem can run a debug drill: it ships at least one wrong and one accepted solution. */
    public static boolean debuggable(ProblemPackage problem) {
        return !problem.solutions(SolutionKind.WRONG).isEmpty() && !problem.solutions(SolutionKind.ACCEPTED).isEmpty();
    }
}
