class Solution {

    /**
     * Post-order search. Each call reports what it found in its subtree: null (neither target), one of the
     * targets, or their LCA. The first node whose two subtrees each report something is where the paths to
     * the targets split, so it is the LCA. A target that is an ancestor of the other is returned before its
     * subtree is searched, which is right because a node is a descendant of itself.
     */
    public TreeNode lowestCommonAncestor(TreeNode root, TreeNode first, TreeNode second) {
        if (root == null || root == first || root == second) {
            return root;
        }
        TreeNode foundLeft = lowestCommonAncestor(root.left, first, second);
        TreeNode foundRight = lowestCommonAncestor(root.right, first, second);
        if (foundLeft != null && foundRight != null) {
            return root;
        }
        return foundLeft != null ? foundLeft : foundRight;
    }
}
