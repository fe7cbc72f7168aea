import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;

/** Binary tree with a nested generic node, level order, recursion, equals/hashCode/toString. */
class TreeAlgorithms {
    static final class Node<T> {
        final T value;
        Node<T> left;
        Node<T> right;

        Node(T value) {
            this.value = value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Node<?> node && Objects.equals(value, node.value)
                    && Objects.equals(left, node.left) && Objects.equals(right, node.right);
        }

        @Override
        public int hashCode() {
            return Objects.hash(value, left, right);
        }

        @Override
        public String toString() {
            return "Node(" + value + ")";
        }
    }

    static <T> List<List<T>> levels(Node<T> root) {
        List<List<T>> out = new ArrayList<>();
        Deque<Node<T>> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        while (!queue.isEmpty()) {
            List<T> level = new LinkedList<>();
            for (int size = queue.size(); size > 0; size--) {
                Node<T> node = queue.poll();
                level.add(node.value);
                if (node.left != null) {
                    queue.add(node.left);
                }
                if (node.right != null) {
                    queue.add(node.right);
                }
            }
            out.add(level);
        }
        return out;
    }

    static <T extends Comparable<T>> Node<T> lowestCommonAncestor(Node<T> root, T a, T b) {
        Node<T> node = root;
        while (node != null) {
            if (a.compareTo(node.value) < 0 && b.compareTo(node.value) < 0) {
                node = node.left;
            } else if (a.compareTo(node.value) > 0 && b.compareTo(node.value) > 0) {
                node = node.right;
            } else {
                return node;
            }
        }
        return null;
    }

    static int depth(Node<?> node) {
        return node == null ? 0 : 1 + Math.max(depth(node.left), depth(node.right));
    }
}
