import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n disjoint intervals, shuffled: nothing merges,
 * so the merged list grows to n.
 * The same n and seed always give the same arguments.
 */
public final class MergeIntervalsInputs {
    private MergeIntervalsInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        List<int[]> intervals = new ArrayList<>();
        for (int index = 0; index < Math.max(1, n); index++) {
            intervals.add(new int[] {3 * index, 3 * index + 1});
        }
        Collections.shuffle(intervals, new Random(seed));
        return new Object[] {intervals.toArray(new int[0][])};
    }
}
