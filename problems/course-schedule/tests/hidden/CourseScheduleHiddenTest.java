import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CourseScheduleHiddenTest {

    private static final int LAYERS = 25;
    private static final int LAYER_WIDTH = 2_000;
    private static final int CHAIN_LENGTH = 2_000;

    private static void assertCanFinish(int numCourses, int[][] prerequisites, boolean expected) {
        String shown = prerequisites.length <= 8 ? Arrays.deepToString(prerequisites) : prerequisites.length + " prerequisites";
        int[][] copy = Arrays.stream(prerequisites).map(int[]::clone).toArray(int[][]::new);
        assertEquals(expected, new Solution().canFinish(numCourses, copy),
                "canFinish(" + numCourses + ", " + shown + ")");
    }

    /** Brute-force oracle: transitive closure; a cycle exists when some course requires itself. */
    private static boolean oracle(int numCourses, int[][] prerequisites) {
        boolean[][] requires = new boolean[numCourses][numCourses];
        for (int[] pair : prerequisites) {
            requires[pair[0]][pair[1]] = true;
        }
        for (int via = 0; via < numCourses; via++) {
            for (int from = 0; from < numCourses; from++) {
                for (int to = 0; to < numCourses; to++) {
                    requires[from][to] |= requires[from][via] && requires[via][to];
                }
            }
        }
        for (int course = 0; course < numCourses; course++) {
            if (requires[course][course]) {
                return false;
            }
        }
        return true;
    }

    private static int[][] chain(int length) {
        int[][] prerequisites = new int[length - 1][];
        for (int course = 1; course < length; course++) {
            prerequisites[course - 1] = new int[] {course, course - 1};
        }
        return prerequisites;
    }

    /**
     * LAYERS x LAYER_WIDTH courses under shuffled labels; every course after the first layer needs two courses
     * of the layer before, and course 0 of each layer needs course 0 of the previous one.
     */
    private static List<int[]> layeredCourses(Random random, int[] label) {
        List<int[]> prerequisites = new ArrayList<>();
        for (int layer = 1; layer < LAYERS; layer++) {
            for (int index = 0; index < LAYER_WIDTH; index++) {
                int course = label[layer * LAYER_WIDTH + index];
                int first = index == 0 ? 0 : random.nextInt(LAYER_WIDTH);
                int second = random.nextInt(LAYER_WIDTH);
                prerequisites.add(new int[] {course, label[(layer - 1) * LAYER_WIDTH + first]});
                prerequisites.add(new int[] {course, label[(layer - 1) * LAYER_WIDTH + second]});
            }
        }
        return prerequisites;
    }

    private static int[] shuffledLabels(Random random, int count) {
        List<Integer> labels = new ArrayList<>();
        for (int course = 0; course < count; course++) {
            labels.add(course);
        }
        Collections.shuffle(labels, random);
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void runRandom(Random random, int rounds, int maxCourses, int maxPairs, boolean acyclicBias) {
        for (int round = 0; round < rounds; round++) {
            int numCourses = 1 + random.nextInt(maxCourses);
            int[] label = shuffledLabels(random, numCourses);
            int[][] prerequisites = new int[random.nextInt(maxPairs + 1)][];
            for (int i = 0; i < prerequisites.length; i++) {
                int a = random.nextInt(numCourses);
                int b = random.nextInt(numCourses);
                if (acyclicBias && a < b) {
                    int swap = a;
                    a = b;
                    b = swap;
                }
                prerequisites[i] = new int[] {label[a], label[b]};
            }
            if (acyclicBias && numCourses > 1 && random.nextInt(3) == 0) {
                prerequisites = Arrays.copyOf(prerequisites, prerequisites.length + 1);
                prerequisites[prerequisites.length - 1] = new int[] {label[0], label[numCourses - 1]};
            }
            assertCanFinish(numCourses, prerequisites, oracle(numCourses, prerequisites));
        }
    }

    @Test
    @DisplayName("example: a diamond")
    void example() {
        assertCanFinish(4, new int[][] {{1, 0}, {2, 0}, {3, 1}, {3, 2}}, true);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no prerequisites")
    void noPrerequisites() {
        assertCanFinish(5, new int[0][], true);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single course")
    void singleCourse() {
        assertCanFinish(1, new int[0][], true);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a course that requires itself")
    void selfLoop() {
        assertCanFinish(1, new int[][] {{0, 0}}, false);
        assertCanFinish(3, new int[][] {{1, 0}, {2, 2}}, false);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: cycles of two and more courses")
    void cycles() {
        assertCanFinish(2, new int[][] {{0, 1}, {1, 0}}, false);
        assertCanFinish(4, new int[][] {{1, 0}, {2, 1}, {3, 2}, {1, 3}}, false);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a cycle course 0 cannot reach")
    void cycleAwayFromZero() {
        assertCanFinish(5, new int[][] {{1, 0}, {3, 2}, {4, 3}, {2, 4}}, false);
        assertCanFinish(4, new int[][] {{0, 1}, {2, 3}, {3, 2}}, false);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: diamonds are not cycles")
    void diamonds() {
        assertCanFinish(4, new int[][] {{1, 0}, {2, 0}, {3, 1}, {3, 2}}, true);
        assertCanFinish(6, new int[][] {{5, 3}, {5, 4}, {3, 1}, {3, 2}, {4, 1}, {4, 2}, {1, 0}, {2, 0}}, true);
        assertCanFinish(3, new int[][] {{2, 0}, {1, 0}, {2, 1}}, true);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the same prerequisite listed twice")
    void duplicatePrerequisite() {
        assertCanFinish(2, new int[][] {{1, 0}, {1, 0}}, true);
        assertCanFinish(3, new int[][] {{2, 1}, {1, 0}, {2, 1}, {1, 0}}, true);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: courses without prerequisites or dependants")
    void isolatedCourses() {
        assertCanFinish(6, new int[][] {{1, 0}}, true);
        assertCanFinish(6, new int[][] {{5, 4}, {4, 5}}, false);
    }

    @Test
    @DisplayName("a chain of 2 000 courses")
    void longChain() {
        assertCanFinish(CHAIN_LENGTH, chain(CHAIN_LENGTH), true);
    }

    @Test
    @DisplayName("a chain of 2 000 courses closed into a cycle")
    void longCycle() {
        int[][] prerequisites = Arrays.copyOf(chain(CHAIN_LENGTH), CHAIN_LENGTH);
        prerequisites[CHAIN_LENGTH - 1] = new int[] {0, CHAIN_LENGTH - 1};
        assertCanFinish(CHAIN_LENGTH, prerequisites, false);
    }

    @Test
    @DisplayName("random prerequisites against brute force")
    void randomAny() {
        runRandom(new Random(42), 500, 8, 10, false);
    }

    @Test
    @DisplayName("random mostly acyclic prerequisites against brute force")
    void randomMostlyAcyclic() {
        runRandom(new Random(43), 500, 12, 25, true);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: a chain of 40 diamonds")
    void perfDiamondChain() {
        // Courses 0, 3, 6, ... are the joints; each joint is needed by two courses that the next joint needs.
        int diamonds = 40;
        List<int[]> prerequisites = new ArrayList<>();
        for (int diamond = 0; diamond < diamonds; diamond++) {
            int joint = 3 * diamond;
            prerequisites.add(new int[] {joint + 1, joint});
            prerequisites.add(new int[] {joint + 2, joint});
            prerequisites.add(new int[] {joint + 3, joint + 1});
            prerequisites.add(new int[] {joint + 3, joint + 2});
        }
        assertCanFinish(3 * diamonds + 1, prerequisites.toArray(new int[0][]), true);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 50 000 courses in 25 layers, no cycle")
    void perfLayeredAcyclic() {
        Random random = new Random(44);
        int[] label = shuffledLabels(random, LAYERS * LAYER_WIDTH);
        List<int[]> prerequisites = layeredCourses(random, label);
        assertCanFinish(LAYERS * LAYER_WIDTH, prerequisites.toArray(new int[0][]), true);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 50 000 courses in 25 layers, one cycle")
    void perfLayeredWithCycle() {
        Random random = new Random(45);
        int[] label = shuffledLabels(random, LAYERS * LAYER_WIDTH);
        List<int[]> prerequisites = layeredCourses(random, label);
        // Course 0 of the first layer now needs course 0 of the last layer, which depends on it.
        prerequisites.add(new int[] {label[0], label[(LAYERS - 1) * LAYER_WIDTH]});
        assertCanFinish(LAYERS * LAYER_WIDTH, prerequisites.toArray(new int[0][]), false);
    }
}
