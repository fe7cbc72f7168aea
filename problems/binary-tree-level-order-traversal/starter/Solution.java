import java.util.List;

/*
 * TreeNode is provided (see support/TreeNode.java):
 *   public class TreeNode { public int val; public TreeNode left; public TreeNode right; ... }
 */
class Solution {
    public List<List<Integer>> levelOrder(TreeNode root) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
