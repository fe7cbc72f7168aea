package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.drilljudge.readability.RuleContext;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives a better name from how a variable is used, so the suggestion fits this code: what it is initialised from
 * (`target - nums[i]` is the `complement`, `prices[i]` a `price`, `getCount()` a `count`), what the method returns
 * it as, or the type it holds. Empty when nothing specific can be said: then the finding suggests no name.
 */
final class NameHints {
    private static final List<String> VERB_PREFIXES =
            List.of("get", "find", "compute", "calculate", "build", "create", "make", "load", "read", "parse", "to",
                    "begin", "open", "new", "fetch", "generate", "extract");
    private static final Set<String> UNINFORMATIVE_CALLS = Set.of("getOrDefault", "get", "orElse", "apply",
            "valueOf", "of", "charAt", "next", "poll", "pop", "peek", "remove", "toString", "toCharArray", "size",
            "length", "max", "min", "abs", "hashCode", "equals", "intValue",
            // Verbs of the JDK: `split`, `copyOf` or `nextInt` say what was done, not what the value is.
            "split", "trim", "replace", "replaceAll", "copyOf", "copyOfRange", "asList", "stream", "collect",
            "reverse", "join", "format", "sqrt", "pow", "floor", "ceil", "round", "floorMod", "floorDiv", "clone",
            "toLowerCase", "toUpperCase", "nextInt", "nextLong", "nextLine", "readLine", "getKey", "getValue");
    /**
     * First words that make one of the file's own method names a noun phrase a variable can take (`maxProfit`,
     * `longestPath`). Other names of the answer's methods are verbs (`dfs`, `merge`, `canJump`) or the problem's
     * title (`pacificAtlantic`): a variable named like that reads as a call.
     */
    private static final Set<String> QUANTITY_WORDS = Set.of("max", "min", "maximum", "minimum", "longest",
            "shortest", "least", "most", "top", "total", "largest", "smallest", "lowest", "highest", "kth", "median",
            "average");
    private static final Map<String, String> BY_CREATED_TYPE = Map.ofEntries(
            Map.entry("StringBuilder", "builder"), Map.entry("HashSet", "seen"), Map.entry("TreeSet", "sorted"),
            Map.entry("LinkedHashSet", "seen"), Map.entry("ArrayDeque", "pending"), Map.entry("Stack", "pending"),
            Map.entry("PriorityQueue", "heap"), Map.entry("Deque", "pending"), Map.entry("Queue", "pending"),
            Map.entry("BufferedReader", "reader"), Map.entry("Scanner", "scanner"), Map.entry("Random", "random"));
    private static final Set<String> TARGET_NAMES = Set.of("target", "sum", "goal", "total", "amount");
    private static final Set<String> VALUE_TYPES = Set.of("String", "Integer", "Long", "Double", "Character",
            "Boolean", "Object", "Map", "List", "Set", "Collection", "Optional", "CharSequence", "Number", "HashMap",
            "ArrayList", "TreeMap", "LinkedList", "LinkedHashMap", "Iterator");
    private static final Set<String> TYPE_VERBS = Set.of("Find", "Sort", "Search", "Merge", "Match");
    private static final Set<UnaryExpr.Operator> STEPS = Set.of(UnaryExpr.Operator.PREFIX_INCREMENT,
            UnaryExpr.Operator.POSTFIX_INCREMENT, UnaryExpr.Operator.PREFIX_DECREMENT,
            UnaryExpr.Operator.POSTFIX_DECREMENT);
    private static final Set<String> RESULT_NAMES = Set.of("res", "ret", "result", "ans", "answer", "out");

    private NameHints() {
    }

    /** A usable name to suggest for the declaration, if one can be read off its use. */
    static Optional<String> forSite(NameSite site, RuleContext context) {
        return context.shared(NameHints.class, site.declaration(), declaration -> derive(site, context));
    }

    private static Optional<String> derive(NameSite site, RuleContext context) {
        boolean midpoint = isMidpoint(site);
        for (Optional<String> candidate : List.of(midpoint ? Optional.of("mid") : Optional.<String>empty(),
                midpoint ? Optional.of("middle") : Optional.<String>empty(), fromInitializer(site, context),
                fromReturn(site, context), fromType(site))) {
            if (candidate.isPresent() && !candidate.get().equals(site.name())
                    && SuggestedNames.isUsable(candidate.get(), site.kind(), context)
                    && !clashesWithAnotherName(candidate.get(), site, context)) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    /** ", e.g. `complement`" when a hint exists, else "" (the message then says what is wrong, nothing more). */
    static String example(NameSite site, RuleContext context) {
        return forSite(site, context).map(name -> ", e.g. `" + name + "`").orElse("");
    }

    /**
     * `int m = lo + (hi - lo) / 2;` or `(lo + hi) >>> 1`: the middle of a range, as in a binary search. It is named
     * for what it is (`mid`), not for the method that returns it (`search`) or the array it indexes.
     */
    private static boolean isMidpoint(NameSite site) {
        if (!(site.declaration() instanceof VariableDeclarator variable) || variable.getInitializer().isEmpty()) {
            return false;
        }
        Expression value = withoutParentheses(variable.getInitializer().get());
        if (value instanceof BinaryExpr offset && offset.getOperator() == BinaryExpr.Operator.PLUS
                && halves(withoutParentheses(offset.getRight()), BinaryExpr.Operator.MINUS, BinaryExpr.Operator.PLUS)) {
            return true;
        }
        return halves(value, BinaryExpr.Operator.PLUS, BinaryExpr.Operator.PLUS);
    }

    /** `(a + b) / 2` or `(a + b) >> 1` (or `>>> 1`), where the halved expression has one of the two operators. */
    private static boolean halves(Expression expression, BinaryExpr.Operator halved, BinaryExpr.Operator alsoHalved) {
        if (!(expression instanceof BinaryExpr half) || !(half.getRight() instanceof IntegerLiteralExpr divisor)) {
            return false;
        }
        boolean byTwo = half.getOperator() == BinaryExpr.Operator.DIVIDE && divisor.getValue().equals("2");
        boolean byShift = (half.getOperator() == BinaryExpr.Operator.SIGNED_RIGHT_SHIFT
                || half.getOperator() == BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT) && divisor.getValue().equals("1");
        return (byTwo || byShift) && withoutParentheses(half.getLeft()) instanceof BinaryExpr range
                && (range.getOperator() == halved || range.getOperator() == alsoHalved);
    }

    private static Expression withoutParentheses(Expression expression) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        return inner;
    }

    private static Optional<String> fromInitializer(NameSite site, RuleContext context) {
        if (!(site.declaration() instanceof VariableDeclarator variable) || variable.getInitializer().isEmpty()) {
            return Optional.empty();
        }
        Expression initializer = variable.getInitializer().get();
        if (initializer instanceof BinaryExpr minus && minus.getOperator() == BinaryExpr.Operator.MINUS
                && minus.getLeft() instanceof NameExpr left && TARGET_NAMES.contains(left.getNameAsString())) {
            return Optional.of("complement");
        }
        if (initializer instanceof ArrayAccessExpr access && access.getName() instanceof NameExpr collection) {
            return singular(collection.getNameAsString());
        }
        if (initializer instanceof MethodCallExpr call && call.getNameAsString().equals("charAt")) {
            return characterRole(site);
        }
        if (initializer instanceof MethodCallExpr call && call.getNameAsString().equals("get")
                && call.getScope().orElse(null) instanceof NameExpr collection) {
            return singular(collection.getNameAsString());
        }
        if (initializer instanceof MethodCallExpr call && !UNINFORMATIVE_CALLS.contains(call.getNameAsString())) {
            return nounOf(call.getNameAsString(), isOwnMethod(call, context));
        }
        if (initializer instanceof ObjectCreationExpr creation) {
            return Optional.ofNullable(BY_CREATED_TYPE.get(creation.getType().getNameAsString()));
        }
        if (initializer instanceof ArrayCreationExpr creation && creation.getElementType().asString().equals("int")
                && isCountedInto(site)) {
            return Optional.of("counts");
        }
        return Optional.empty();
    }

    /** `return temp;` in `maxProfit` makes `temp` the method's answer: name it for what the method returns. */
    private static Optional<String> fromReturn(NameSite site, RuleContext context) {
        if (!site.kind().isVariable() || !RESULT_NAMES.contains(site.name())) {
            boolean returned = Callables.enclosingThroughLambdas(site.declaration())
                    .map(callable -> returnedNames(callable, context).contains(site.name()))
                    .orElse(false);
            if (!returned) {
                return Optional.empty();
            }
        }
        return site.declaration().findAncestor(MethodDeclaration.class)
                .flatMap(method -> nounOf(method.getNameAsString(), true));
    }

    /** `ListNode p` suggests `node`, a `char` used as a letter `letter`; JDK value types say too little to name it. */
    private static Optional<String> fromType(NameSite site) {
        if (site.type() == null) {
            return Optional.empty();
        }
        if (site.type().isPrimitiveType() && site.type().asString().equals("char")) {
            return characterRole(site);
        }
        if (site.type().isPrimitiveType()) {
            // an int or a boolean says nothing of its role (`found` or `count` would be filler)
            return Optional.empty();
        }
        if (!site.type().isClassOrInterfaceType()) {
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
        List<String> words = Identifiers.words(typeName);
        String lastWord = words.get(words.size() - 1);
        // `UnionFind uf` is a `unionFind`, not a `find`: the last word of that type is a verb
        return Optional.of(Identifiers.decapitalize(TYPE_VERBS.contains(lastWord) ? typeName : lastWord));
    }

    /** `prices` gives `price`; an abbreviation is spelled out, so `nums` gives `number`, never `num`. */
    private static Optional<String> singular(String collection) {
        String lower = collection.toLowerCase(Locale.ROOT);
        if (lower.equals("nums") || lower.equals("arr") || lower.equals("array")) {
            return Optional.of("number");
        }
        if (collection.endsWith("ies") && collection.length() > 4) {
            return Optional.of(collection.substring(0, collection.length() - 3) + "y");
        }
        if (collection.endsWith("s") && !collection.endsWith("ss") && collection.length() > 3) {
            return Optional.of(collection.substring(0, collection.length() - 1));
        }
        return Optional.empty();
    }

    /**
     * The noun a value returned by this method can be named: `getCount` gives `count`, `maxProfit` stays; one of the
     * file's own methods named by a verb or the problem's title gives nothing, and a library method keeps its name
     * (`substring`, `keySet`).
     */
    private static Optional<String> nounOf(String methodName, boolean declaredInFile) {
        for (String prefix : VERB_PREFIXES) {
            if (methodName.length() > prefix.length() && methodName.startsWith(prefix)
                    && Character.isUpperCase(methodName.charAt(prefix.length()))) {
                return Optional.of(Identifiers.decapitalize(methodName.substring(prefix.length())));
            }
        }
        if (!declaredInFile) {
            return Optional.of(methodName);
        }
        List<String> words = Identifiers.words(methodName);
        boolean numberedVersion = methodName.matches(".*(\\d|II|III)$");
        return QUANTITY_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT)) && !numberedVersion
                ? Optional.of(methodName) : Optional.empty();
    }

    private static boolean isOwnMethod(MethodCallExpr call, RuleContext context) {
        boolean local = call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr;
        return local && !FileIndex.of(context).callablesNamed(call.getNameAsString()).isEmpty();
    }

    /** `letter` or `digit` as the method's uses of the `char` say; a `char` that is an operator gets nothing. */
    private static Optional<String> characterRole(NameSite site) {
        return Callables.enclosingThroughLambdas(site.declaration())
                .flatMap(callable -> CharacterRoles.of(site.name(), callable));
    }

    /** `counts[c - 'a']++` or `counts[x] += 1`: the array tallies something, so `counts` is its role. */
    private static boolean isCountedInto(NameSite site) {
        return Callables.enclosingThroughLambdas(site.declaration()).map(callable ->
                Trees.contains(callable, UnaryExpr.class, step -> STEPS.contains(step.getOperator())
                        && indexes(step.getExpression(), site.name()))
                        || Trees.contains(callable, AssignExpr.class, add -> add.getOperator() == AssignExpr.Operator.PLUS
                        && indexes(add.getTarget(), site.name()))).orElse(false);
    }

    private static boolean indexes(Expression target, String name) {
        return target instanceof ArrayAccessExpr access && access.getName() instanceof NameExpr array
                && array.getNameAsString().equals(name);
    }

    /** A suggestion must not collide with another name already declared in the same method. */
    private static boolean clashesWithAnotherName(String candidate, NameSite site, RuleContext context) {
        return Callables.enclosingThroughLambdas(site.declaration())
                .map(callable -> context.shared(DeclaredNames.class, callable, method -> DeclaredNames.of(method, context))
                        .names()
                        .contains(candidate))
                .orElse(false);
    }

    /** The names a method returns as a bare variable (`return temp;`, `return board;`), collected once per method. */
    static Set<String> returnedNames(CallableDeclaration<?> callable, RuleContext context) {
        return context.shared(ReturnedNames.class, callable, method -> ReturnedNames.of(method, context)).names();
    }

    /** The names a method returns as a bare variable (`return temp;`), collected once per method. */
    private record ReturnedNames(Set<String> names) {
        static ReturnedNames of(CallableDeclaration<?> callable, RuleContext context) {
            Set<String> names = new HashSet<>();
            PreOrderIndex.of(context).forEach(callable, node -> {
                if (node instanceof ReturnStmt ret && ret.getExpression().orElse(null) instanceof NameExpr value) {
                    names.add(value.getNameAsString());
                }
            });
            return new ReturnedNames(names);
        }
    }

    /** Every variable name declared anywhere in a method, collected once per method. */
    private record DeclaredNames(Set<String> names) {
        static DeclaredNames of(CallableDeclaration<?> callable, RuleContext context) {
            Set<String> names = new HashSet<>();
            PreOrderIndex.of(context).forEach(callable, node -> {
                if (node instanceof VariableDeclarator variable) {
                    names.add(variable.getNameAsString());
                }
            });
            return new DeclaredNames(names);
        }
    }
}
