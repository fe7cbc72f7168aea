import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/** Course schedule (topological sort) and islands (BFS on a grid): generics, Queue, nested records. */
class Graphs {
    record Cell(int row, int col) {
    }

    static boolean canFinish(int courses, int[][] prerequisites) {
        Map<Integer, List<Integer>> next = new HashMap<>();
        int[] indegree = new int[courses];
        for (int[] edge : prerequisites) {
            next.computeIfAbsent(edge[1], unused -> new ArrayList<>()).add(edge[0]);
            indegree[edge[0]]++;
        }
        Queue<Integer> ready = new ArrayDeque<>();
        for (int course = 0; course < courses; course++) {
            if (indegree[course] == 0) {
                ready.add(course);
            }
        }
        int taken = 0;
        while (!ready.isEmpty()) {
            int course = ready.remove();
            taken++;
            for (int after : next.getOrDefault(course, List.of())) {
                if (--indegree[after] == 0) {
                    ready.add(after);
                }
            }
        }
        return taken == courses;
    }

    static int islands(char[][] grid) {
        int count = 0;
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] == '1') {
                    count++;
                    sink(grid, new Cell(r, c));
                }
            }
        }
        return count;
    }

    private static void sink(char[][] grid, Cell start) {
        Queue<Cell> queue = new ArrayDeque<>(List.of(start));
        grid[start.row()][start.col()] = '0';
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            Cell cell = queue.poll();
            for (int[] step : steps) {
                int r = cell.row() + step[0];
                int c = cell.col() + step[1];
                if (r >= 0 && c >= 0 && r < grid.length && c < grid[r].length && grid[r][c] == '1') {
                    grid[r][c] = '0';
                    queue.add(new Cell(r, c));
                }
            }
        }
    }
}
