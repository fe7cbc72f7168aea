import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Kahn's algorithm: repeatedly take a course whose prerequisites are all taken. Every course can be taken
 * exactly when the prerequisites have no cycle; courses on or behind a cycle are never ready.
 * O(V + E) time and space, and no recursion.
 */
class Solution {
    private static final int COURSE = 0;
    private static final int PREREQUISITE = 1;

    public boolean canFinish(int courseCount, int[][] prerequisites) {
        if (prerequisites == null || prerequisites.length == 0) {
            return true;
        }
        List<List<Integer>> dependantsByCourse = new ArrayList<>();
        for (int course = 0; course < courseCount; course++) {
            dependantsByCourse.add(new ArrayList<>());
        }
        int[] missingPrerequisites = new int[courseCount];
        for (int[] pair : prerequisites) {
            dependantsByCourse.get(pair[PREREQUISITE]).add(pair[COURSE]);
            missingPrerequisites[pair[COURSE]]++;
        }
        return countTakeableCourses(dependantsByCourse, missingPrerequisites) == courseCount;
    }

    /** Takes every course that becomes ready, in topological order, and returns how many were taken. */
    private int countTakeableCourses(List<List<Integer>> dependantsByCourse, int[] missingPrerequisites) {
        Deque<Integer> readyCourses = new ArrayDeque<>();
        for (int course = 0; course < missingPrerequisites.length; course++) {
            if (missingPrerequisites[course] == 0) {
                readyCourses.add(course);
            }
        }
        int takenCount = 0;
        while (!readyCourses.isEmpty()) {
            int course = readyCourses.poll();
            takenCount++;
            for (int dependant : dependantsByCourse.get(course)) {
                missingPrerequisites[dependant]--;
                if (missingPrerequisites[dependant] == 0) {
                    readyCourses.add(dependant);
                }
            }
        }
        return takenCount;
    }
}
