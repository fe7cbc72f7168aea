import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;

/** Min rooms for intervals: PriorityQueue, Arrays.sort with a comparator. */
class MeetingRooms {
    int minRooms(int[][] intervals) {
        if (intervals.length == 0) {
            return 0;
        }
        int[][] sorted = Arrays.copyOf(intervals, intervals.length);
        Arrays.sort(sorted, Comparator.comparingInt((int[] interval) -> interval[0]).thenComparingInt(i -> i[1]));
        PriorityQueue<Integer> ends = new PriorityQueue<>();
        for (int[] interval : sorted) {
            if (!ends.isEmpty() && ends.peek() <= interval[0]) {
                ends.poll();
            }
            ends.offer(interval[1]);
        }
        return ends.size();
    }

    int[] kClosest(int[][] points, int k) {
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> Integer.compare(b[0] * b[0] + b[1] * b[1],
                a[0] * a[0] + a[1] * a[1]));
        for (int[] point : points) {
            heap.add(point);
            if (heap.size() > k) {
                heap.remove();
            }
        }
        return heap.stream().mapToInt(p -> p[0] * 1000 + p[1]).sorted().toArray();
    }
}
