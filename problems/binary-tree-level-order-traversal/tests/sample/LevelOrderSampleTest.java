import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LevelOrderSampleTest {

    @Test
    @DisplayName("example 1: [3,9,20,null,null,15,7]")
    void exampleOne() {
        TreeNode root = build(3, 9, 20, null, null, 15, 7);
        assertEquals(List.of(List.of(3), List.of(9, 20), List.of(15, 7)), new Solution().levelOrder(root),
                "levels of [3,9,20,null,null,15,7]");
    }

    @Test
    @DisplayName("example 2: single node [1]")
    void exampleTwo() {
        assertEquals(List.of(List.of(1)), new Solution().levelOrder(new TreeNode(1)), "levels of [1]");
    }

    @Test
    @DisplayName("example 3: empty tree []")
    void exampleThree() {
        assertEquals(List.of(), new Solution().levelOrder(null), "levels of an empty tree");
    }

    /** Builds a tree from LeetCode's level-order notation (null = missing child). */
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
