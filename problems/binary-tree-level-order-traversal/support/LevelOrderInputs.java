/**
 * Inputs for measuring growth (see complexity: in problem.yaml): a complete binary tree of n nodes with random
 * values from the seed: every call gets a tree of the same shape (the same work) that it has not seen before.
 * The same n and seed always give the same arguments.
 */
public final class LevelOrderInputs {
    private LevelOrderInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        TreeNode[] nodes = new TreeNode[Math.max(1, n)];
        for (int index = nodes.length - 1; index >= 0; index--) {
            int left = 2 * index + 1;
            int right = left + 1;
            nodes[index] = new TreeNode(random.nextInt(2_001) - 1_000, left < nodes.length ? nodes[left] : null,
                    right < nodes.length ? nodes[right] : null);
        }
        return new Object[] {nodes[0]};
    }
}
