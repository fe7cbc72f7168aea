package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.drilljudge.readability.ReadabilityConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Guesses a better name from what a variable is initialised with, so the suggestion is concrete. */
final class NameHints {
    static final String GENERIC = "with a noun such as `lowestPrice` or `seenLetters`";

    private static final List<String> VERB_PREFIXES =
            List.of("get", "find", "compute", "calculate", "build", "create", "make", "load", "read", "parse", "to");
    private static final Set<String> UNINFORMATIVE_CALLS = Set.of("getOrDefault", "get", "orElse", "apply",
            "valueOf", "of", "charAt", "next", "poll", "pop", "peek", "remove", "toString", "toCharArray");
    private static final Map<String, String> BY_CREATED_TYPE = Map.ofEntries(
            Map.entry("StringBuilder", "builder"), Map.entry("HashMap", "indexByValue"),
            Map.entry("TreeMap", "indexByValue"), Map.entry("LinkedHashMap", "indexByValue"),
            Map.entry("HashSet", "seen"), Map.entry("TreeSet", "seen"), Map.entry("LinkedHashSet", "seen"),
            Map.entry("ArrayDeque", "pending"), Map.entry("LinkedList", "pending"), Map.entry("Stack", "pending"),
            Map.entry("PriorityQueue", "candidates"), Map.entry("ArrayList", "results"),
            Map.entry("Deque", "pending"), Map.entry("Queue", "pending"));
    private static final Set<String> VALUE_TYPES = Set.of("String", "Integer", "Long", "Double", "Character",
            "Boolean", "Object", "Map", "List", "Set", "Collection", "Optional", "CharSequence", "Number");
    private static final Set<String> RESULT_NAMES = Set.of("res", "ret", "result", "ans", "answer", "out");

    private NameHints() {
    }

    /** A name to suggest for the declaration, if one can be read off its initialiser or its method. */
    static Optional<String> forSite(NameSite site, ReadabilityConfig config) {
        Optional<String> hint = fromInitializer(site);
        if (hint.isEmpty() && RESULT_NAMES.contains(site.name())) {
            hint = site.declaration().findAncestor(MethodDeclaration.class)
                    .map(MethodDeclaration::getNameAsString)
                    .filter(name -> name.length() >= 3 && !name.equals("main") && !name.equals(site.name()));
        }
        if (hint.isEmpty() && site.type() != null && site.type().asString().equals("boolean")) {
            hint = Optional.of("found");
        }
        if (hint.isEmpty()) {
            hint = fromDeclaredType(site);
        }
        return hint.filter(name -> !config.isPlaceholder(name) && !name.equals(site.name()));
    }

    /** "e.g. `seen`" when a hint exists, else a generic description with examples. */
    static String example(NameSite site, ReadabilityConfig config) {
        return forSite(site, config).map(name -> "e.g. `" + name + "`").orElse(GENERIC);
    }

    /** `BufferedReader br` suggests `reader`, `ListNode p` suggests `node`; JDK value types say too little. */
    private static Optional<String> fromDeclaredType(NameSite site) {
        if (site.type() == null || !site.type().isClassOrInterfaceType()) {
            return Optional.empty();
        }
        String typeName = site.type().asClassOrInterfaceType().getNameAsString();
        String known = BY_CREATED_TYPE.get(typeName);
        if (known != null) {
            return Optional.of(known);
        }
        if (VALUE_TYPES.contains(typeName)) {
            return Optional.empty();
        }
        java.util.List<String> words = Identifiers.words(typeName);
        return Optional.of(Identifiers.decapitalize(words.get(words.size() - 1))).filter(name -> name.length() >= 3);
    }

    private static Optional<String> fromInitializer(NameSite site) {
        if (!(site.declaration() instanceof VariableDeclarator variable)) {
            return Optional.empty();
        }
        Expression initializer = variable.getInitializer().orElse(null);
        if (initializer instanceof MethodCallExpr call && !UNINFORMATIVE_CALLS.contains(call.getNameAsString())) {
            return Optional.of(stripVerb(call.getNameAsString())).filter(name -> name.length() >= 3);
        }
        if (initializer instanceof ObjectCreationExpr creation) {
            return Optional.ofNullable(BY_CREATED_TYPE.get(creation.getType().getNameAsString()));
        }
        if (initializer instanceof ArrayCreationExpr) {
            return Optional.of("counts");
        }
        return Optional.empty();
    }

    private static String stripVerb(String methodName) {
        for (String prefix : VERB_PREFIXES) {
            if (methodName.length() > prefix.length() && methodName.startsWith(prefix)
                    && Character.isUpperCase(methodName.charAt(prefix.length()))) {
                return Identifiers.decapitalize(methodName.substring(prefix.length()));
            }
        }
        return methodName;
    }
}
