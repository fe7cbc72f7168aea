package dev.drilljudge.app;

import dev.drilljudge.verdict.Judgement;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A model answer's judgement in `judge verify`, with why its margin is in doubt (empty when it is not). A margin is a
 * property of the problem, not of one run, and a loaded machine still inflates the CPU time of memory-heavy code now
 * and then (binary-tree-level-order-traversal's test 7 takes 38-44 ms, and took 316 ms once while the whole bank was
 * verified beside a test suite): an accepted run left in doubt is judged once more, and a clean second run stands.
 * A verdict other than accepted is never judged again.
 */
record AcceptedRun(Judgement judgement, String doubt, int runs) {
    static AcceptedRun judge(Supplier<Judgement> judgeOnce, Function<Judgement, String> doubtOf) {
        Judgement first = judgeOnce.get();
        String firstDoubt = doubtOf.apply(first);
        if (!first.verdict().isAccepted() || firstDoubt.isEmpty()) {
            return new AcceptedRun(first, firstDoubt, 1);
        }
        Judgement second = judgeOnce.get();
        String secondDoubt = doubtOf.apply(second);
        if (second.verdict().isAccepted() && secondDoubt.isEmpty()) {
            return new AcceptedRun(second, secondDoubt, 2);
        }
        return new AcceptedRun(first, firstDoubt, 2);
    }

    boolean asExpected() {
        return judgement.verdict().isAccepted() && doubt.isEmpty();
    }
}
