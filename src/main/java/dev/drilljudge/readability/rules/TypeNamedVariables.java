package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A variable named by its type: the type's initials ({@code PreparedStatement ps}, {@code EntityManager em},
 * {@code StringBuilder sb}, {@code Session s}) or the type's own name ({@code Foo foo}). The declaration spells the
 * type out on the same line, so the reader knows what the variable is without decoding anything; that is why
 * {@code sb} was always exempt, and the same holds for any handle whose type says everything about it.
 *
 * <p>Not for types that say nothing about what a value means: {@code Object}, strings, boxed numbers, and the
 * collections and data structures an answer builds (lists, maps, queues, heaps, trees, tries, graphs, grids, a
 * union-find), whose name says how values are held, not which ones: {@code Map<Integer, Integer> m},
 * {@code PriorityQueue<int[]> pq} and {@code UnionFind uf} are still findings; name them for what they hold.
 */
final class TypeNamedVariables {
    private static final Set<String> UNINFORMATIVE_TYPES = Set.of("Object", "String", "CharSequence", "Integer",
            "Long", "Double", "Float", "Short", "Byte", "Character", "Boolean", "Number", "BigInteger", "BigDecimal",
            "Optional", "Iterable", "Collection", "List", "ArrayList", "LinkedList", "Set", "HashSet", "TreeSet",
            "LinkedHashSet", "SortedSet", "NavigableSet", "Map", "HashMap", "TreeMap", "LinkedHashMap", "SortedMap",
            "NavigableMap", "Queue", "Deque", "ArrayDeque", "PriorityQueue", "Stack", "Vector", "Hashtable",
            "Properties", "Enumeration", "BitSet", "UnionFind", "DisjointSet", "DisjointSets", "Dsu", "DSU");
    /** The last word of a data structure's name: `MinHeap`, `SegmentTree`, `Trie`, `AdjacencyList`. */
    private static final Set<String> STRUCTURE_WORDS = Set.of("List", "Map", "Queue", "Deque", "Stack", "Heap",
            "Tree", "Trie", "Graph", "Matrix", "Grid", "Array");

    private TypeNamedVariables() {
    }

    /** True for {@code ps} declared as a {@code PreparedStatement}, {@code s} as a {@code Session}. */
    static boolean isInitialsOfType(NameSite site) {
        return simpleTypeName(site).map(type -> site.name().equals(initials(type))).orElse(false);
    }

    /** True for {@code foo} declared as a {@code Foo}: the name repeats the type, it is not a placeholder. */
    static boolean repeatsType(NameSite site) {
        return simpleTypeName(site).map(type -> site.name().equalsIgnoreCase(type)).orElse(false);
    }

    /** `PreparedStatement` gives `ps`, `SQLException` gives `se`, `Session` gives `s`. */
    static String initials(String typeName) {
        StringBuilder initials = new StringBuilder();
        for (String word : Identifiers.words(typeName)) {
            initials.append(Character.toLowerCase(word.charAt(0)));
        }
        return initials.toString().toLowerCase(Locale.ROOT);
    }

    /** The declared class type's simple name, or the one `var x = new T()` creates; empty for anything else. */
    private static Optional<String> simpleTypeName(NameSite site) {
        Type type = site.type();
        if (type != null && type.isVarType() && site.declaration() instanceof VariableDeclarator variable) {
            type = variable.getInitializer().filter(ObjectCreationExpr.class::isInstance)
                    .map(creation -> (Type) ((ObjectCreationExpr) creation).getType()).orElse(null);
        }
        if (type == null || !type.isClassOrInterfaceType()) {
            return Optional.empty();
        }
        String name = ((ClassOrInterfaceType) type).getNameAsString();
        java.util.List<String> words = Identifiers.words(name);
        boolean structure = STRUCTURE_WORDS.contains(words.get(words.size() - 1));
        return UNINFORMATIVE_TYPES.contains(name) || structure ? Optional.empty() : Optional.of(name);
    }
}
