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

    public int islands(char[][] grid) {
        int count = 0;
        for (int row = 0; row < grid.length; row++) {
            for (int column = 0; column < grid[row].length; column++) {
                if (grid[row][column] == '1') {
                    count++;
                    sink(grid, row, column); // expect: INPUT_MUTATED "changes the caller's `grid`"
                }
            }
        }
        return count;
    }

    private void sink(char[][] cells, int row, int column) {
        if (row < 0 || column < 0 || row >= cells.length || column >= cells[row].length || cells[row][column] != '1') {
            return;
        }
        cells[row][column] = '0';
        sink(cells, row + 1, column);
        sink(cells, row, column + 1);
    }

    public int firstMissing(int[] values) {
        for (int index = 0; index < values.length; index++) {
            swap(values, index, values.length - 1 - index); // expect: INPUT_MUTATED
        }
        return values.length;
    }

    public void swap(int[] values, int first, int second) {
        int kept = values[first];
        values[first] = values[second];
        values[second] = kept;
    }

    public void sortColors(int[] colors) {
        Arrays.sort(colors);
    }

    public int[][] crushed(int[][] board) {
        board[0][0] = 0;
        return board;
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
