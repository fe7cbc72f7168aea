class Solution {
    private TreeNode best;
    private int bestDepth = -1;

    // For every node, check whether both targets are in its subtree; keep the deepest such node.
    public TreeNode lowestCommonAncestor(TreeNode root, TreeNode p, TreeNode q) {
        visit(root, 0, p, q);
        return best;
    }

    private void visit(TreeNode node, int depth, TreeNode p, TreeNode q) {
        if (node == null) return;
        if (contains(node, p) && contains(node, q) && depth > bestDepth) {
            best = node;
            bestDepth = depth;
        }
        visit(node.left, depth + 1, p, q);
        visit(node.right, depth + 1, p, q);
    }

    private boolean contains(TreeNode node, TreeNode target) {
        if (node == null) return false;
        return node == target || contains(node.left, target) || contains(node.right, target);
    }
}
