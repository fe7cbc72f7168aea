import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LowestCommonAncestorHiddenTest {

    // Level order of the example tree: 0 = 3, 1 = 5, 2 = 1, 3 = 6, 4 = 2, 5 = 0, 6 = 8, 7 = 7, 8 = 4
    private static List<TreeNode> exampleTree() {
        return build(3, 5, 1, 6, 2, 0, 8, null, null, 7, 4);
    }

    private static TreeNode lca(List<TreeNode> nodes, int first, int second) {
        return new Solution().lowestCommonAncestor(nodes.get(0), nodes.get(first), nodes.get(second));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: p and q are the same leaf")
    void sameLeaf() {
        List<TreeNode> nodes = exampleTree();
        assertNode(nodes.get(7), lca(nodes, 7, 7), "LCA of leaf 7 with itself should be leaf 7");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: p and q are both the root")
    void sameRoot() {
        List<TreeNode> nodes = exampleTree();
        assertNode(nodes.get(0), lca(nodes, 0, 0), "LCA of the root with itself should be the root");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: p is the root, q is a deep leaf")
    void rootIsAncestor() {
        List<TreeNode> nodes = exampleTree();
        assertNode(nodes.get(0), lca(nodes, 0, 8), "LCA of root 3 and leaf 4 should be the root");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: q is an ancestor of p")
    void secondIsAncestor() {
        List<TreeNode> nodes = exampleTree();
        assertNode(nodes.get(4), lca(nodes, 7, 4), "LCA of 7 and its parent 2 should be node 2");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: two-node tree, child passed first")
    void twoNodesChildFirst() {
        List<TreeNode> nodes = build(1, null, 2);
        assertNode(nodes.get(0), lca(nodes, 1, 0), "LCA in [1,null,2] of 2 and 1 should be node 1");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: two-node tree, the child with itself")
    void twoNodesChildWithItself() {
        List<TreeNode> nodes = build(1, 2);
        assertNode(nodes.get(1), lca(nodes, 1, 1), "LCA in [1,2] of 2 with itself should be node 2");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: skewed chain of 4000 levels, one target is an ancestor")
    void deepChainAncestor() {
        List<TreeNode> chain = chain(4000);
        assertNode(chain.get(1000), new Solution().lowestCommonAncestor(chain.get(0), chain.get(3999), chain.get(1000)),
                "LCA of levels 3999 and 1000 of a chain should be level 1000");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: skewed chain of 4000 levels forking at the bottom")
    void deepChainFork() {
        List<TreeNode> chain = chain(4000);
        TreeNode bottom = chain.get(3999);
        bottom.left = new TreeNode(-1);
        bottom.right = new TreeNode(-2);
        assertNode(bottom, new Solution().lowestCommonAncestor(chain.get(0), bottom.left, bottom.right),
                "LCA of the two leaves under level 3999 should be level 3999");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: duplicate values, a decoy with p's value")
    void duplicateValueDecoy() {
        // 1 -> left decoy 7, right 3; 3 -> left p (7), right q (8)
        TreeNode p = new TreeNode(7);
        TreeNode q = new TreeNode(8);
        TreeNode parent = new TreeNode(3, p, q);
        TreeNode root = new TreeNode(1, new TreeNode(7), parent);
        assertNode(parent, new Solution().lowestCommonAncestor(root, p, q),
                "LCA should be node 3: the other 7 is not p");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: every value is the same")
    void allValuesEqual() {
        List<TreeNode> nodes = build(5, 5, 5, 5, 5, 5, 5);
        assertNode(nodes.get(2), lca(nodes, 5, 6), "LCA of the two right leaves should be the right child");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: values out of BST order")
    void notBstOrder() {
        // [10,20,5,1,30]: a BST-style search would steer to the wrong side
        List<TreeNode> nodes = build(10, 20, 5, 1, 30);
        assertNode(nodes.get(1), lca(nodes, 3, 4), "LCA of 1 and 30 should be node 20");
    }

    @Test
    @DisplayName("siblings 7 and 4 give 2")
    void siblings() {
        List<TreeNode> nodes = exampleTree();
        assertNode(nodes.get(4), lca(nodes, 7, 8), "LCA of 7 and 4 should be node 2");
    }

    @Test
    @DisplayName("cousins 6 and 4 give 5")
    void cousins() {
        List<TreeNode> nodes = exampleTree();
        assertNode(nodes.get(1), lca(nodes, 3, 8), "LCA of 6 and 4 should be node 5");
    }

    @Test
    @DisplayName("random small trees with distinct values (seeded) match an oracle")
    void randomDistinct() {
        Random random = new Random(42);
        for (int trial = 0; trial < 400; trial++) {
            List<TreeNode> nodes = randomTree(random, 1 + random.nextInt(30), Integer.MAX_VALUE);
            checkRandomPair(random, nodes, "random distinct-value tree, trial " + trial);
        }
    }

    @Test
    @DisplayName("random trees with repeated values (seeded) match an oracle")
    void randomRepeated() {
        Random random = new Random(43);
        for (int trial = 0; trial < 300; trial++) {
            List<TreeNode> nodes = randomTree(random, 1 + random.nextInt(200), 3);
            checkRandomPair(random, nodes, "random repeated-value tree, trial " + trial);
        }
    }

    @Test
    @DisplayName("random larger trees (seeded) match an oracle")
    void randomLarger() {
        Random random = new Random(44);
        for (int trial = 0; trial < 40; trial++) {
            List<TreeNode> nodes = randomTree(random, 1000 + random.nextInt(2000), 1000);
            checkRandomPair(random, nodes, "random larger tree, trial " + trial);
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 4000-level spine with a 127-node subtree per level (512000 nodes)")
    void perfCaterpillar() {
        int spineLength = 4000;
        int bushLevels = 7;
        TreeNode[] spine = new TreeNode[spineLength];
        TreeNode below = null;
        for (int level = spineLength - 1; level >= 0; level--) {
            spine[level] = new TreeNode(level, below, completeTree(bushLevels, level));
            below = spine[level];
        }
        TreeNode p = leftmostLeaf(spine[2].right);
        TreeNode q = leftmostLeaf(spine[5].right).left = new TreeNode(-5);
        assertNode(spine[2], new Solution().lowestCommonAncestor(spine[0], p, q),
                "LCA of leaves under spine levels 2 and 5 should be spine level 2");
    }

    /** Compares by identity and reports values, never object ids, to the candidate. */
    private static void assertNode(TreeNode expected, TreeNode actual, String message) {
        if (expected != actual) {
            fail(message + "; got " + (actual == null ? "null" : "a different node with value " + actual.val));
        }
    }

    private void checkRandomPair(Random random, List<TreeNode> nodes, String label) {
        TreeNode p = nodes.get(random.nextInt(nodes.size()));
        TreeNode q = nodes.get(random.nextInt(nodes.size()));
        assertNode(oracle(nodes.get(0), p, q), new Solution().lowestCommonAncestor(nodes.get(0), p, q), label);
    }

    /** Oracle: record parents and depths by BFS, lift the deeper node, then climb both together. */
    private static TreeNode oracle(TreeNode root, TreeNode p, TreeNode q) {
        Map<TreeNode, TreeNode> parent = new IdentityHashMap<>();
        Map<TreeNode, Integer> depth = new IdentityHashMap<>();
        Deque<TreeNode> queue = new ArrayDeque<>();
        queue.add(root);
        depth.put(root, 0);
        while (!queue.isEmpty()) {
            TreeNode node = queue.poll();
            for (TreeNode child : new TreeNode[] {node.left, node.right}) {
                if (child != null) {
                    parent.put(child, node);
                    depth.put(child, depth.get(node) + 1);
                    queue.add(child);
                }
            }
        }
        TreeNode a = p;
        TreeNode b = q;
        while (depth.get(a) > depth.get(b)) {
            a = parent.get(a);
        }
        while (depth.get(b) > depth.get(a)) {
            b = parent.get(b);
        }
        while (a != b) {
            a = parent.get(a);
            b = parent.get(b);
        }
        return a;
    }

    private static List<TreeNode> randomTree(Random random, int size, int valueBound) {
        List<TreeNode> nodes = new ArrayList<>();
        nodes.add(new TreeNode(random.nextInt(valueBound)));
        for (int created = 1; created < size; created++) {
            TreeNode child = new TreeNode(random.nextInt(valueBound));
            while (true) {
                TreeNode parent = nodes.get(random.nextInt(nodes.size()));
                if (parent.left == null && random.nextBoolean()) {
                    parent.left = child;
                    break;
                }
                if (parent.right == null) {
                    parent.right = child;
                    break;
                }
            }
            nodes.add(child);
        }
        return nodes;
    }

    private static List<TreeNode> chain(int length) {
        List<TreeNode> nodes = new ArrayList<>();
        TreeNode root = new TreeNode(0);
        nodes.add(root);
        TreeNode tail = root;
        for (int level = 1; level < length; level++) {
            TreeNode child = new TreeNode(level);
            if (level % 3 == 0) {
                tail.right = child;
            } else {
                tail.left = child;
            }
            tail = child;
            nodes.add(child);
        }
        return nodes;
    }

    private static TreeNode completeTree(int levels, int value) {
        if (levels == 0) {
            return null;
        }
        return new TreeNode(value, completeTree(levels - 1, value), completeTree(levels - 1, value));
    }

    private static TreeNode leftmostLeaf(TreeNode node) {
        TreeNode current = node;
        while (current.left != null) {
            current = current.left;
        }
        return current;
    }

    private static List<TreeNode> build(Integer... values) {
        List<TreeNode> nodes = new ArrayList<>();
        TreeNode root = new TreeNode(values[0]);
        nodes.add(root);
        Deque<TreeNode> parents = new ArrayDeque<>();
        parents.add(root);
        int next = 1;
        while (next < values.length) {
            TreeNode parent = parents.poll();
            if (values[next] != null) {
                parent.left = new TreeNode(values[next]);
                parents.add(parent.left);
                nodes.add(parent.left);
            }
            next++;
            if (next < values.length && values[next] != null) {
                parent.right = new TreeNode(values[next]);
                parents.add(parent.right);
                nodes.add(parent.right);
            }
            next++;
        }
        return nodes;
    }
}
