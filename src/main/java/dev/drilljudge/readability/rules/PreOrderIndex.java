package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.drilljudge.readability.RuleContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The file's nodes in pre-order, and where each node's subtree ends, collected in one walk per file. Several rules
 * search every method (what it returns, which names it reads, what it writes into); with this a search of a method
 * or a block is a loop over a slice of one array instead of another walk of the tree.
 */
final class PreOrderIndex {
    private final List<Node> nodes = new ArrayList<>();
    /** For the node at each index, the index just past its subtree. */
    private int[] subtreeEnds = new int[256];
    /**
     * Where methods, constructors and their bodies start: the roots the rules search. Other blocks are not searched
     * from, and registering every block of every `if` and loop cost more than the searches saved.
     */
    private final Map<Node, Integer> searchRoots = new IdentityHashMap<>();

    private PreOrderIndex(Node root) {
        add(root);
        subtreeEnds = Arrays.copyOf(subtreeEnds, nodes.size());
    }

    static PreOrderIndex of(RuleContext context) {
        return context.shared(PreOrderIndex.class, context.unit(), PreOrderIndex::new);
    }

    /** Every node of the file, in pre-order. */
    List<Node> nodes() {
        return nodes;
    }

    /** Every node of a subtree, the root first, in pre-order: as {@link Trees#preOrder}, without walking. */
    void forEach(Node root, Consumer<Node> action) {
        Integer start = searchRoots.get(root);
        if (start == null) {
            Trees.preOrder(root, action);
            return;
        }
        for (int index = start, end = subtreeEnds[start]; index < end; index++) {
            action.accept(nodes.get(index));
        }
    }

    private void add(Node node) {
        int index = nodes.size();
        nodes.add(node);
        if (node instanceof CallableDeclaration<?> || (node instanceof BlockStmt
                && node.getParentNode().orElse(null) instanceof CallableDeclaration<?>)) {
            searchRoots.put(node, index);
        }
        List<Node> children = node.getChildNodes();
        for (int child = 0, size = children.size(); child < size; child++) {
            add(children.get(child));
        }
        if (index >= subtreeEnds.length) {
            subtreeEnds = Arrays.copyOf(subtreeEnds, Math.max(index + 1, subtreeEnds.length * 2));
        }
        subtreeEnds[index] = nodes.size();
    }
}
