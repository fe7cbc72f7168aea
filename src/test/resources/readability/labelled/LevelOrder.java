import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

class _102 { // expect: NAME_CONVENTION
    public List<List<Integer>> levelOrder(TreeNode root) {
        List<List<Integer>> res = new ArrayList<>(); // expect: NAME_PLACEHOLDER
        if (root == null) return res;
        Queue<TreeNode> q = new ArrayDeque<>(); // expect: NAME_SHORT
        q.add(root);
        while (!q.isEmpty()) {
            int size = q.size();
            List<Integer> level = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                TreeNode node = q.poll();
                level.add(node.val);
                if (node.left != null) q.add(node.left);
                if (node.right != null) q.add(node.right);
            }
            res.add(level);
        }
        return res;
    }
}

class TreeNode {
    int val;
    TreeNode left, right;
}
