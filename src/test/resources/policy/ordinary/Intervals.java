import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Merge intervals: a Comparable record, Collections.sort, List.toArray, Arrays.deepToString. */
class Intervals {
    record Interval(int start, int end) implements Comparable<Interval> {
        @Override
        public int compareTo(Interval other) {
            return Comparator.comparingInt(Interval::start).thenComparingInt(Interval::end).compare(this, other);
        }

        boolean overlaps(Interval other) {
            return other.start() <= end;
        }
    }

    static List<Interval> merge(List<Interval> input) {
        List<Interval> sorted = new ArrayList<>(input);
        Collections.sort(sorted);
        List<Interval> merged = new ArrayList<>();
        for (Interval interval : sorted) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).overlaps(interval)) {
                Interval last = merged.remove(merged.size() - 1);
                merged.add(new Interval(last.start(), Math.max(last.end(), interval.end())));
            } else {
                merged.add(interval);
            }
        }
        return Collections.unmodifiableList(merged);
    }

    static int[][] merge(int[][] intervals) {
        List<int[]> out = new ArrayList<>();
        int[][] sorted = intervals.clone();
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        for (int[] interval : sorted) {
            if (out.isEmpty() || out.get(out.size() - 1)[1] < interval[0]) {
                out.add(interval.clone());
            } else {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], interval[1]);
            }
        }
        return out.toArray(new int[0][]);
    }

    static String show(int[][] intervals) {
        return Arrays.deepToString(intervals);
    }
}
