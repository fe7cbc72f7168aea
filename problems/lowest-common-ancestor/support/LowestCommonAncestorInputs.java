/**
 * Inputs for measuring growth (see complexity: in problem.yaml): a spine of n / 8 levels with a 7-node subtree
 * hanging off each, and both targets deep down. The values are distinct and start at a random base from the seed.
 * The same n and seed always give the same arguments.
 */
public final class LowestCommonAncestorInputs {
    private LowestCommonAncestorInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        int levels = Math.max(2, n / 8);
        int[] nextValue = {new java.util.Random(seed).nextInt(1 << 20)};
        TreeNode bottom = new TreeNode(nextValue[0]++);
        TreeNode p = bottom;
        TreeNode q = null;
        TreeNode spine = bottom;
        for (int level = 1; level < levels; level++) {
            TreeNode side = subtree(3, nextValue);
            if (level == 1) {
                q = side.left.left;
            }
            spine = new TreeNode(nextValue[0]++, spine, side);
        }
        return new Object[] {spine, p, q};
    }

    private static TreeNode subtree(int depth, int[] nextValue) {
        if (depth == 0) {
            return null;
        }
        return new TreeNode(nextValue[0]++, subtree(depth - 1, nextValue), subtree(depth - 1, nextValue));
    }
}
