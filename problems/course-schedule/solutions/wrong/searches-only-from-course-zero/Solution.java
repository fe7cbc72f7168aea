import java.util.ArrayList;
import java.util.List;

// Bug: looks for a cycle only among the courses reachable from course 0, so a cycle in an unconnected
// group of courses is missed.
class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        List<List<Integer>> graph = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) {
            graph.add(new ArrayList<>());
        }
        for (int[] p : prerequisites) {
            graph.get(p[1]).add(p[0]);
        }
        int[] state = new int[numCourses]; // 0 new, 1 on the current path, 2 done
        return !hasCycle(graph, 0, state);
    }

    private boolean hasCycle(List<List<Integer>> graph, int course, int[] state) {
        if (state[course] == 1) {
            return true;
        }
        if (state[course] == 2) {
            return false;
        }
        state[course] = 1;
        for (int next : graph.get(course)) {
            if (hasCycle(graph, next, state)) {
                return true;
            }
        }
        state[course] = 2;
        return false;
    }
}
