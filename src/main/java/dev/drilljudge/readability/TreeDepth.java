package dev.drilljudge.readability;

import com.github.javaparser.ast.Node;

import java.util.ArrayDeque;
import java.util.Deque;
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
        Deque<Node> pending = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        pending.push(root);
        depths.push(1);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                return Optional.of(node);
            }
            List<Node> children = node.getChildNodes();
            for (int index = children.size() - 1; index >= 0; index--) {
                pending.push(children.get(index));
                depths.push(depth + 1);
            }
        }
        return Optional.empty();
    }
}
