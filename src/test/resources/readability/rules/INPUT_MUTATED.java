import java.util.Arrays;
import java.util.Collections;
import java.util.List;

class Meetings {
    public int minRooms(int[][] intervals) {
        Arrays.sort(intervals, (a, b) -> a[0] - b[0]); // expect: INPUT_MUTATED "int[][] sortedIntervals = intervals.clone();"
        return intervals.length;
    }

    public int median(List<Integer> values) {
        Collections.sort(values); // expect: INPUT_MUTATED "new ArrayList<>(values)"
        return values.get(values.size() / 2);
    }

    public void markVisited(char[][] grid, int row, int column) {
        grid[row][column] = '0'; // expect: INPUT_MUTATED "changes the caller's `grid`"
        grid[row][column + 1] = '0';
    }

    public int[] prefixSums(int[] nums) {
        int[] sums = nums.clone();
        for (int index = 1; index < sums.length; index++) {
            sums[index] += sums[index - 1];
        }
        return sums;
    }

    public int countDown(int[] counts) {
        counts[0]--; // expect: INPUT_MUTATED
        return counts[0];
    }

    private void fillHelper(int[] cells) {
        Arrays.fill(cells, -1);
    }

    public List<Integer> copyThenSort(List<Integer> values) {
        List<Integer> sorted = new java.util.ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
