package dev.drilljudge.readability;

import com.github.javaparser.ast.Node;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Refuses a syntax tree deeper than any answer a person writes. Valid Java can nest thousands of levels deep
 * (`((((1))))`, a chain of 5,000 `+` operands, ifs or lambdas nested inside each other): the rules recurse and
 * would overflow the stack or run for seconds on it, and the padding it takes dilutes the findings. The deepest tree
 * in the bank's solutions, its tests and the test resources (607 files) was 23 levels when the limit was set, so
 * {@value #MAX_DEPTH} never refuses real code. Measured with an explicit stack: this check must not overflow itself.
 */
final class TreeDepth {
    /** Levels from the compilation unit (level 1) down to the deepest node. */
    static final int MAX_DEPTH = 200;

    private TreeDepth() {
    }

    /** The first node (in pre-order) that lies deeper than {@link #MAX_DEPTH}, if any. */
    static Optional<Node> firstTooDeep(Node root) {
        // Two parallel stacks, not a deque of boxed depths: this runs on every file before the rules.
        Node[] pending = new Node[64];
        int[] depths = new int[64];
        int size = 0;
        pending[size] = root;
        depths[size++] = 1;
        while (size > 0) {
            Node node = pending[--size];
            int depth = depths[size];
            if (depth > MAX_DEPTH) {
                return Optional.of(node);
            }
            List<Node> children = node.getChildNodes();
            if (size + children.size() > pending.length) {
                int capacity = Math.max(pending.length * 2, size + children.size());
                pending = Arrays.copyOf(pending, capacity);
                depths = Arrays.copyOf(depths, capacity);
            }
            for (int index = children.size() - 1; index >= 0; index--) {
                pending[size] = children.get(index);
                depths[size++] = depth + 1;
            }
        }
        return Optional.empty();
    }
}
