import java.util.ArrayList;
import java.util.List;

// Correct but exponential: tracks only the courses on the current path, never remembers courses already
// proven cycle-free, so every path through a diamond-rich graph is walked again.
class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        List<List<Integer>> graph = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) {
            graph.add(new ArrayList<>());
        }
        for (int[] p : prerequisites) {
            graph.get(p[1]).add(p[0]);
        }
        boolean[] onPath = new boolean[numCourses];
        for (int i = 0; i < numCourses; i++) {
            if (hasCycle(graph, i, onPath)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasCycle(List<List<Integer>> graph, int course, boolean[] onPath) {
        if (onPath[course]) {
            return true;
        }
        onPath[course] = true;
        for (int next : graph.get(course)) {
            if (hasCycle(graph, next, onPath)) {
                return true;
            }
        }
        onPath[course] = false;
        return false;
    }
}
