import java.util.List;

class LineLength {
    int sumAbove(List<Integer> prices, int threshold) {
        return prices.stream().filter(price -> price > threshold).mapToInt(Integer::intValue).sum();
    }

    int sumAboveWithComment(List<Integer> prices, int threshold) {
        return prices.stream().filter(price -> price > threshold).mapToInt(Integer::intValue).sum(); // one idea, and a comment
    }

    int total(List<Integer> prices) {
        // A comment-only line is prose an editor wraps: it is not counted, however wide, like this one here.
        int total = 0;
        for (int price : prices) {
            total += price;
        }
        return total;
    }

    String describe(String name, int count, double average) {
        return "Name: " + name + ", count: " + count + ", average: " + average + ", trend: " + (count > 0 ? "up" : "flat"); // expect: LINE_LENGTH "Line 22 is 123 columns wide (limit 100)"
    }

    boolean inside(int row, int column, int rows, int columns, int[][] grid) {
		return row >= 0 && row < rows && column >= 0 && column < columns && grid[row][column] == 0; // expect: LINE_LENGTH "107 columns"
    }

    // A demo main's test data is not measured; the answer's own lines are.
    public static void main(String[] args) {
        int[][] grid = {{0, 0, 0, 1, 1, 0, 0, 1}, {1, 1, 0, 0, 0, 1, 0, 0}, {0, 1, 1, 0, 1, 0, 1, 0}, {0, 0, 0, 0, 0}};
        System.out.println(new LineLength().inside(0, 0, grid.length, grid[0].length, grid));
    }

    // Up to 5% over is let pass; up to 10% over only when the line packs several steps; one idea 9 columns over passes.
    void check(int requestedCount, int uniqueCount) {
        if (requestedCount > uniqueCount) {
            throw new IllegalArgumentException("k should be less than the number of unique numbers in nums");
        }
    }

    private void backtracking(int[] candidates, int startIndex, int remaining, List<Integer> chosen) {
    }

    void record(java.util.Map<String, List<String>> visitedSites, List<List<String>> sessionRows, int row) {
        visitedSites.computeIfAbsent(sessionRows.get(row).get(0), k -> new java.util.ArrayList<>()).add("x"); // expect: LINE_LENGTH "109 columns"
    }

    // A signature may run up to 14 columns over: wrapping its parameters one a line costs more than it saves.
    private int pathsThrough(int[][] grid, int fromRow, int fromColumn, int destinationRow, int remainingBudget) {
        return grid.length + fromRow + fromColumn + destinationRow + remainingBudget;
    }

    private int pathsAround(int[][] grid, int fromRow, int fromColumn, int destinationRow, int remainingDistance) { // expect: LINE_LENGTH "115 columns"
        return grid.length + fromRow + fromColumn + destinationRow + remainingDistance;
    }
}
