import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LevelOrderHiddenTest {

    @Test
    @Tag("edge")
    @DisplayName("edge: empty tree")
    void emptyTree() {
        assertEquals(List.of(), new Solution().levelOrder(null), "an empty tree has no levels");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: single node")
    void singleNode() {
        assertEquals(List.of(List.of(-7)), new Solution().levelOrder(new TreeNode(-7)), "levels of [-7]");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: left-skewed tree, one node per level")
    void leftSkewed() {
        TreeNode root = new TreeNode(1, new TreeNode(2, new TreeNode(3, new TreeNode(4), null), null), null);
        assertEquals(List.of(List.of(1), List.of(2), List.of(3), List.of(4)), new Solution().levelOrder(root),
                "levels of a left chain 1-2-3-4");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: right-skewed tree, one node per level")
    void rightSkewed() {
        TreeNode root = new TreeNode(5, null, new TreeNode(6, null, new TreeNode(7)));
        assertEquals(List.of(List.of(5), List.of(6), List.of(7)), new Solution().levelOrder(root),
                "levels of a right chain 5-6-7");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: deep zigzag chain of 3000 levels")
    void deepZigzagChain() {
        int depth = 3000;
        TreeNode root = new TreeNode(0);
        TreeNode tail = root;
        List<List<Integer>> expected = new ArrayList<>();
        expected.add(List.of(0));
        for (int level = 1; level < depth; level++) {
            TreeNode child = new TreeNode(level);
            if (level % 2 == 0) {
                tail.left = child;
            } else {
                tail.right = child;
            }
            tail = child;
            expected.add(List.of(level));
        }
        assertEquals(expected, new Solution().levelOrder(root), "a 3000-level zigzag chain has one value per level");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: gaps in the middle of a level")
    void gapsInLevel() {
        TreeNode root = build(1, 2, 3, null, 4, null, 5, 6, null, null, 7);
        assertEquals(List.of(List.of(1), List.of(2, 3), List.of(4, 5), List.of(6, 7)), new Solution().levelOrder(root),
                "levels of [1,2,3,null,4,null,5,6,null,null,7]");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: duplicate and negative values")
    void duplicateAndNegativeValues() {
        TreeNode root = build(-1, -1, -1, 0, -1, -1, 0);
        assertEquals(List.of(List.of(-1), List.of(-1, -1), List.of(0, -1, -1, 0)), new Solution().levelOrder(root),
                "levels of [-1,-1,-1,0,-1,-1,0]");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: Integer.MIN_VALUE and Integer.MAX_VALUE")
    void extremeValues() {
        TreeNode root = build(0, Integer.MIN_VALUE, Integer.MAX_VALUE);
        assertEquals(List.of(List.of(0), List.of(Integer.MIN_VALUE, Integer.MAX_VALUE)), new Solution().levelOrder(root),
                "levels of [0,MIN_VALUE,MAX_VALUE]");
    }

    @Test
    @DisplayName("statement example [3,9,20,null,null,15,7]")
    void statementExample() {
        assertEquals(List.of(List.of(3), List.of(9, 20), List.of(15, 7)),
                new Solution().levelOrder(build(3, 9, 20, null, null, 15, 7)), "levels of [3,9,20,null,null,15,7]");
    }

    @Test
    @DisplayName("perfect tree of 15 nodes")
    void perfectTree() {
        TreeNode root = build(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertEquals(List.of(List.of(1), List.of(2, 3), List.of(4, 5, 6, 7), List.of(8, 9, 10, 11, 12, 13, 14, 15)),
                new Solution().levelOrder(root), "levels of the perfect tree 1..15");
    }

    @Test
    @DisplayName("two long arms: only the deep levels are two wide")
    void twoArms() {
        TreeNode root = new TreeNode(1,
                new TreeNode(2, new TreeNode(4, new TreeNode(6), null), null),
                new TreeNode(3, null, new TreeNode(5, null, new TreeNode(7))));
        assertEquals(List.of(List.of(1), List.of(2, 3), List.of(4, 5), List.of(6, 7)), new Solution().levelOrder(root),
                "levels of two arms 1-2-4-6 and 1-3-5-7");
    }

    @Test
    @DisplayName("the tree is not modified")
    void treeNotModified() {
        TreeNode root = build(3, 9, 20, null, null, 15, 7);
        new Solution().levelOrder(root);
        assertEquals(List.of(List.of(3), List.of(9, 20), List.of(15, 7)), oracle(root),
                "tree [3,9,20,null,null,15,7] must be unchanged after the call");
    }

    @Test
    @DisplayName("random small trees (seeded) match a depth-first oracle")
    void randomSmallTrees() {
        Random random = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            TreeNode root = randomTree(random, random.nextInt(12), 10);
            assertEquals(oracle(root), new Solution().levelOrder(root), "random small tree, trial " + trial);
        }
    }

    @Test
    @DisplayName("random medium trees (seeded) match a depth-first oracle")
    void randomMediumTrees() {
        Random random = new Random(4242);
        for (int trial = 0; trial < 50; trial++) {
            TreeNode root = randomTree(random, 1 + random.nextInt(500), 1_000_000);
            assertEquals(oracle(root), new Solution().levelOrder(root), "random medium tree, trial " + trial);
        }
    }

    @Test
    @DisplayName("random bushy-or-stringy trees (seeded) match a depth-first oracle")
    void randomShapedTrees() {
        Random random = new Random(7);
        for (int trial = 0; trial < 40; trial++) {
            TreeNode root = randomChainyTree(random, 1 + random.nextInt(300), random.nextDouble());
            assertEquals(oracle(root), new Solution().levelOrder(root), "random shaped tree, trial " + trial);
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: complete tree with 524287 nodes")
    void perfCompleteTree() {
        int levels = 19;
        int nodeCount = (1 << levels) - 1;
        TreeNode[] nodes = new TreeNode[nodeCount];
        for (int i = nodeCount - 1; i >= 0; i--) {
            int leftIndex = 2 * i + 1;
            nodes[i] = new TreeNode(i,
                    leftIndex < nodeCount ? nodes[leftIndex] : null,
                    leftIndex + 1 < nodeCount ? nodes[leftIndex + 1] : null);
        }
        List<List<Integer>> levelsFound = new Solution().levelOrder(nodes[0]);
        assertEquals(levels, levelsFound.size(), "a complete tree of 524287 nodes has 19 levels");
        for (int level = 0; level < levels; level++) {
            List<Integer> values = levelsFound.get(level);
            int first = (1 << level) - 1;
            assertEquals(1 << level, values.size(), "width of level " + level);
            assertTrue(values.get(0) == first && values.get(values.size() - 1) == 2 * first,
                    "level " + level + " should run from " + first + " to " + 2 * first);
        }
    }

    /** Oracle: depth-first, left before right, appending each value to the list of its depth. */
    private static List<List<Integer>> oracle(TreeNode root) {
        List<List<Integer>> levels = new ArrayList<>();
        collect(root, 0, levels);
        return levels;
    }

    private static void collect(TreeNode node, int depth, List<List<Integer>> levels) {
        if (node == null) {
            return;
        }
        if (levels.size() == depth) {
            levels.add(new ArrayList<>());
        }
        levels.get(depth).add(node.val);
        collect(node.left, depth + 1, levels);
        collect(node.right, depth + 1, levels);
    }

    /** Attaches each new node to a random free child slot of an existing node. */
    private static TreeNode randomTree(Random random, int size, int valueBound) {
        if (size == 0) {
            return null;
        }
        List<TreeNode> open = new ArrayList<>();
        TreeNode root = new TreeNode(random.nextInt(2 * valueBound + 1) - valueBound);
        open.add(root);
        for (int created = 1; created < size; created++) {
            int pick = random.nextInt(open.size());
            TreeNode parent = open.get(pick);
            TreeNode child = new TreeNode(random.nextInt(2 * valueBound + 1) - valueBound);
            if (parent.left == null && (parent.right != null || random.nextBoolean())) {
                parent.left = child;
            } else {
                parent.right = child;
            }
            if (parent.left != null && parent.right != null) {
                open.set(pick, open.get(open.size() - 1));
                open.remove(open.size() - 1);
            }
            open.add(child);
        }
        return root;
    }

    /** With probability extendTail the newest node gets the next child, which makes long stringy paths. */
    private static TreeNode randomChainyTree(Random random, int size, double extendTail) {
        TreeNode root = new TreeNode(random.nextInt(100));
        List<TreeNode> all = new ArrayList<>();
        all.add(root);
        for (int created = 1; created < size; created++) {
            TreeNode child = new TreeNode(random.nextInt(100));
            boolean attached = false;
            while (!attached) {
                TreeNode parent = random.nextDouble() < extendTail ? all.get(all.size() - 1) : all.get(random.nextInt(all.size()));
                if (parent.left == null && random.nextBoolean()) {
                    parent.left = child;
                    attached = true;
                } else if (parent.right == null) {
                    parent.right = child;
                    attached = true;
                } else if (parent.left == null) {
                    parent.left = child;
                    attached = true;
                }
            }
            all.add(child);
        }
        return root;
    }

    private static TreeNode build(Integer... values) {
        if (values.length == 0 || values[0] == null) {
            return null;
        }
        TreeNode root = new TreeNode(values[0]);
        Deque<TreeNode> parents = new ArrayDeque<>();
        parents.add(root);
        int next = 1;
        while (next < values.length) {
            TreeNode parent = parents.poll();
            if (values[next] != null) {
                parent.left = new TreeNode(values[next]);
                parents.add(parent.left);
            }
            next++;
            if (next < values.length && values[next] != null) {
                parent.right = new TreeNode(values[next]);
                parents.add(parent.right);
            }
            next++;
        }
        return root;
    }
}
