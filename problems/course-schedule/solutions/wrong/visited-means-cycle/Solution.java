import java.util.ArrayList;
import java.util.List;

// Bug: one visited flag for both "on the current path" and "already fully explored", so reaching a course
// a second time along another path (a diamond) is reported as a cycle.
class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        List<List<Integer>> graph = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) {
            graph.add(new ArrayList<>());
        }
        for (int[] p : prerequisites) {
            graph.get(p[1]).add(p[0]);
        }
        boolean[] visited = new boolean[numCourses];
        for (int i = 0; i < numCourses; i++) {
            if (!visited[i] && hasCycle(graph, i, visited)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasCycle(List<List<Integer>> graph, int course, boolean[] visited) {
        if (visited[course]) {
            return true;
        }
        visited[course] = true;
        for (int next : graph.get(course)) {
            if (hasCycle(graph, next, visited)) {
                return true;
            }
        }
        return false;
    }
}
