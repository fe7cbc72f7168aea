import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): about n courses as a chain of diamonds (a course,
 * two courses that need it, one that needs both), no cycle: every path through the chain doubles with each
 * diamond.
 * The same n and seed always give the same arguments.
 */
public final class CourseScheduleInputs {
    private CourseScheduleInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        int diamonds = Math.max(1, n / 3);
        int courses = 3 * diamonds + 1;
        List<int[]> prerequisites = new ArrayList<>();
        for (int diamond = 0; diamond < diamonds; diamond++) {
            int top = 3 * diamond;
            prerequisites.add(new int[] {top + 1, top});
            prerequisites.add(new int[] {top + 2, top});
            prerequisites.add(new int[] {top + 3, top + 1});
            prerequisites.add(new int[] {top + 3, top + 2});
        }
        Collections.shuffle(prerequisites, new Random(seed));
        return new Object[] {courses, prerequisites.toArray(new int[0][])};
    }
}
