import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

class Solution {

    public List<List<Integer>> levelOrder(TreeNode root) {
        List<List<Integer>> levels = new ArrayList<>();
        if (root == null) {
            return levels;
        }
        Deque<TreeNode> frontier = new ArrayDeque<>();
        frontier.add(root);
        while (!frontier.isEmpty()) {
            levels.add(drainLevel(frontier));
        }
        return levels;
    }

    /**
     * Removes exactly the nodes that form the current level and queues their children. The level size is
     * read before the loop because the queue grows with the next level while we drain this one.
     */
    private static List<Integer> drainLevel(Deque<TreeNode> frontier) {
        int levelSize = frontier.size();
        List<Integer> levelValues = new ArrayList<>(levelSize);
        for (int i = 0; i < levelSize; i++) {
            TreeNode node = frontier.poll();
            levelValues.add(node.val);
            enqueueIfPresent(frontier, node.left);
            enqueueIfPresent(frontier, node.right);
        }
        return levelValues;
    }

    private static void enqueueIfPresent(Deque<TreeNode> frontier, TreeNode child) {
        if (child != null) {
            frontier.add(child);
        }
    }
}
