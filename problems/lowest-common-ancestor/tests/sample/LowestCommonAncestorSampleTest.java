import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LowestCommonAncestorSampleTest {

    // Level order: index 0 = 3, 1 = 5, 2 = 1, 3 = 6, 4 = 2, 5 = 0, 6 = 8, 7 = 7, 8 = 4
    private static List<TreeNode> exampleTree() {
        return build(3, 5, 1, 6, 2, 0, 8, null, null, 7, 4);
    }

    @Test
    @DisplayName("example 1: p = 5, q = 1 gives 3")
    void exampleOne() {
        List<TreeNode> nodes = exampleTree();
        assertNode(nodes.get(0), new Solution().lowestCommonAncestor(nodes.get(0), nodes.get(1), nodes.get(2)),
                "LCA of 5 and 1 should be node 3");
    }

    @Test
    @DisplayName("example 2: p = 5, q = 4 gives 5")
    void exampleTwo() {
        List<TreeNode> nodes = exampleTree();
        assertNode(nodes.get(1), new Solution().lowestCommonAncestor(nodes.get(0), nodes.get(1), nodes.get(8)),
                "LCA of 5 and 4 should be node 5");
    }

    @Test
    @DisplayName("example 3: [1,2], p = 1, q = 2 gives 1")
    void exampleThree() {
        List<TreeNode> nodes = build(1, 2);
        assertNode(nodes.get(0), new Solution().lowestCommonAncestor(nodes.get(0), nodes.get(0), nodes.get(1)),
                "LCA of 1 and 2 should be node 1");
    }

    private static void assertNode(TreeNode expected, TreeNode actual, String message) {
        if (expected != actual) {
            fail(message + "; got " + (actual == null ? "null" : "a different node with value " + actual.val));
        }
    }

    /** Builds a tree from level-order notation; returns its nodes in level order (index 0 is the root). */
    private static List<TreeNode> build(Integer... values) {
        List<TreeNode> nodes = new ArrayList<>();
        TreeNode root = new TreeNode(values[0]);
        nodes.add(root);
        Deque<TreeNode> parents = new ArrayDeque<>();
        parents.add(root);
        int next = 1;
        while (next < values.length) {
            TreeNode parent = parents.poll();
            if (values[next] != null) {
                parent.left = new TreeNode(values[next]);
                parents.add(parent.left);
                nodes.add(parent.left);
            }
            next++;
            if (next < values.length && values[next] != null) {
                parent.right = new TreeNode(values[next]);
                parents.add(parent.right);
                nodes.add(parent.right);
            }
            next++;
        }
        return nodes;
    }
}
