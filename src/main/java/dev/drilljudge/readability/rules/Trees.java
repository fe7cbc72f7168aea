package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Pre-order searches of a syntax tree, in the order of JavaParser's {@code walk}, {@code findAll} and
 * {@code findFirst}. Those push every node through a synchronized {@code java.util.Stack}; the rules search method
 * bodies many times per file, and plain recursion over the child lists costs a fraction of that. A tree too deep for
 * the recursion overflowed the parser first, and the analyzer retries such a file on a large stack.
 */
final class Trees {
    private Trees() {
    }

    /** Every node of the tree, the root first, children in source order. */
    static void preOrder(Node root, Consumer<Node> action) {
        action.accept(root);
        List<Node> children = root.getChildNodes();
        for (int index = 0, size = children.size(); index < size; index++) {
            preOrder(children.get(index), action);
        }
    }

    /** Every node of a class (subclasses included), in pre-order. */
    static <N extends Node> void each(Node root, Class<N> type, Consumer<? super N> action) {
        preOrder(root, node -> {
            if (type.isInstance(node)) {
                action.accept(type.cast(node));
            }
        });
    }

    /** Like {@link Node#findAll(Class)}. */
    static <N extends Node> List<N> all(Node root, Class<N> type) {
        List<N> found = new ArrayList<>();
        each(root, type, found::add);
        return found;
    }

    /** The first node of a class in pre-order that passes the test, like {@link Node#findFirst(Class, Predicate)}. */
    static <N extends Node> Optional<N> first(Node root, Class<N> type, Predicate<? super N> test) {
        return Optional.ofNullable(firstOrNull(root, type, test));
    }

    static <N extends Node> boolean contains(Node root, Class<N> type, Predicate<? super N> test) {
        return firstOrNull(root, type, test) != null;
    }

    static <N extends Node> boolean contains(Node root, Class<N> type) {
        return firstOrNull(root, type, node -> true) != null;
    }

    private static <N extends Node> N firstOrNull(Node root, Class<N> type, Predicate<? super N> test) {
        if (type.isInstance(root)) {
            N candidate = type.cast(root);
            if (test.test(candidate)) {
                return candidate;
            }
        }
        List<Node> children = root.getChildNodes();
        for (int index = 0, size = children.size(); index < size; index++) {
            N found = firstOrNull(children.get(index), type, test);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
