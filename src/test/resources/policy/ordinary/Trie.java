import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A trie with a static nested node class, recursion and autocomplete. */
class Trie {
    private static final class Node {
        private final Map<Character, Node> children = new TreeMap<>();
        private boolean word;
    }

    private final Node root = new Node();

    void insert(String word) {
        Node node = root;
        for (char c : word.toCharArray()) {
            node = node.children.computeIfAbsent(c, unused -> new Node());
        }
        node.word = true;
    }

    boolean search(String word) {
        Node node = find(word);
        return node != null && node.word;
    }

    boolean startsWith(String prefix) {
        return find(prefix) != null;
    }

    List<String> complete(String prefix) {
        List<String> found = new ArrayList<>();
        Node node = find(prefix);
        if (node != null) {
            collect(node, new StringBuilder(prefix), found);
        }
        return found;
    }

    private Node find(String prefix) {
        Node node = root;
        for (int i = 0; i < prefix.length() && node != null; i++) {
            node = node.children.get(prefix.charAt(i));
        }
        return node;
    }

    private static void collect(Node node, StringBuilder path, List<String> found) {
        if (node.word) {
            found.add(path.toString());
        }
        node.children.forEach((c, child) -> {
            path.append(c);
            collect(child, path, found);
            path.deleteCharAt(path.length() - 1);
        });
    }
}
