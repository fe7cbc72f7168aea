import java.util.ArrayList;
import java.util.List;

class Solution {
    public List<List<Integer>> levelOrder(TreeNode root) {
        List<List<Integer>> result = new ArrayList<>();
        visit(root, 0, result);
        return result;
    }

    private void visit(TreeNode node, int depth, List<List<Integer>> result) {
        if (node == null) return;
        if (result.size() == depth) result.add(new ArrayList<>());
        result.get(depth).add(node.val);
        visit(node.right, depth + 1, result);
        visit(node.left, depth + 1, result);
    }
}
