/*
 * TreeNode is provided (see support/TreeNode.java):
 *   public class TreeNode { public int val; public TreeNode left; public TreeNode right; ... }
 */
class Solution {
    public TreeNode lowestCommonAncestor(TreeNode root, TreeNode p, TreeNode q) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
