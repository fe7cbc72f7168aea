package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import dev.drilljudge.readability.RuleContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a literal is not magic after all, and what to call it when it is. Quiet for: lookup tables (array
 * initialisers, arguments of `put`, `Map.of`, `List.of`), a literal that is the whole initialiser of a local
 * (`int minutesPerHour = 60;` names it on the line), digit arithmetic with powers of ten (`% 10`, `/ 1000`,
 * `10 * total`), alphabet and character-set sizes next to `char` arithmetic (10 next to `c - '0'`), a small count in a
 * loop header (`k < 4`), an array sized as a multiple of an input (`new long[4 * n]`), and an argument to a method of
 * this file whose parameter names it, and a JDK collection's sizing hints (`new LinkedHashMap<>(16, 0.75f, true)`).
 */
final class MagicNumberContext {
    private static final Set<String> TABLE_CALLS = Set.of("put", "of", "entry", "asList", "add", "putIfAbsent");
    private static final Set<Double> CHARSET_SIZES = Set.of(26.0, 52.0, 128.0, 256.0);
    /** JDK types whose numeric constructor parameters are sizing hints the JDK names (initialCapacity, loadFactor). */
    private static final Set<String> SIZED_BY_HINTS = Set.of("HashMap", "LinkedHashMap", "HashSet", "LinkedHashSet",
            "Hashtable", "WeakHashMap", "IdentityHashMap", "ConcurrentHashMap", "ArrayList", "ArrayDeque", "Vector",
            "PriorityQueue", "StringBuilder", "StringBuffer");

    private static final Set<Double> LEAP_YEAR_DIVISORS = Set.of(4.0, 100.0, 400.0);

    private MagicNumberContext() {
    }

    static boolean isNamedByUse(LiteralStringValueExpr literal, RuleContext context) {
        if (Callables.enclosing(literal).filter(Callables::isDemoHarness).isPresent()
                || isNamedByTheProblem(literal, context)) {
            return true;
        }
        Node node = literal;
        if (literal.getParentNode().orElse(null) instanceof UnaryExpr minus) {
            node = minus;
        }
        Node parent = node.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr) {
            node = parent;
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof ArrayInitializerExpr) {
            return true;
        }
        if (parent instanceof MethodCallExpr call && TABLE_CALLS.contains(call.getNameAsString())) {
            return true;
        }
        if (parent instanceof VariableDeclarator variable && variable.getParentNode().orElse(null)
                instanceof VariableDeclarationExpr) {
            return true;
        }
        if (DigitAndCharacterWork.isPowerOfTen(literal) && DigitAndCharacterWork.isDigitArithmetic(parent, node, value(literal) == 10)) {
            return true;
        }
        if (DigitAndCharacterWork.isPowerOfTen(literal) && DigitAndCharacterWork.isDigitLoop(literal, context)) {
            return true;
        }
        if (isLoopCount(literal, node) || isSizeMultiplier(parent, node)) {
            return true;
        }
        if (DigitAndCharacterWork.isDigitBound(literal, context) || isBitShiftOrMask(literal, parent, node) || isLeapYearRule(parent, node)) {
            return true;
        }
        if (value(literal) == 10 && literal.findAncestor(ArrayCreationExpr.class).isPresent()
                && DigitAndCharacterWork.usesDigitCharacters(literal, context)) {
            return true;
        }
        if (value(literal) == 100 && parent instanceof BinaryExpr percent && percent.getRight() == node
                && percent.getLeft().toString().toLowerCase(java.util.Locale.ROOT).contains("percent")) {
            return true;
        }
        if (CHARSET_SIZES.contains(value(literal)) && DigitAndCharacterWork.usesCharArithmetic(literal, context)) {
            return true;
        }
        return (parent instanceof MethodCallExpr call && namedByParameter(call, node, context))
                || isSizingHint(parent, node);
    }

    /**
     * The number the problem is named for, or a size of the domain it names: 24 in `judgePoint24`, 132 in
     * `find132pattern`, 9 and 3 in `solveSudoku`, 255 in `restoreIpAddresses`. A reader who knows the problem reads
     * these at once; a constant would only repeat the problem's name.
     */
    private static boolean isNamedByTheProblem(LiteralStringValueExpr literal, RuleContext context) {
        double value = value(literal);
        if (value != Math.rint(value) || value < 0) {
            return false;
        }
        long number = (long) value;
        Node type = literal.findAncestor(TypeDeclaration.class).orElse(null);
        while (type != null) {
            if (context.shared(ProblemVocabulary.class, (TypeDeclaration<?>) type, ProblemVocabulary::of).numbers()
                    .contains(number)) {
                return true;
            }
            type = type.findAncestor(TypeDeclaration.class).orElse(null);
        }
        return false;
    }

    /** Sizes every reader of a problem about the domain knows, by a word of a method or type name of the file. */
    private static final java.util.Map<String, Set<Long>> DOMAIN_SIZES = java.util.Map.of(
            "sudoku", Set.of(3L, 9L),
            "ip", Set.of(3L, 4L, 255L),
            "chess", Set.of(8L),
            "clock", Set.of(12L, 24L, 60L),
            "hour", Set.of(24L, 60L),
            "minute", Set.of(60L),
            "week", Set.of(7L));

    /**
     * The numbers a type's name and its methods' names state or imply: digit runs in the names (`judgePoint24`) and
     * the sizes of a domain a name mentions (`isValidSudoku`). Read once per type; a literal sees its own type's and
     * those of the types around it.
     */
    private record ProblemVocabulary(Set<Long> numbers) {
        private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,9}");

        static ProblemVocabulary of(TypeDeclaration<?> type) {
            Set<Long> numbers = new java.util.HashSet<>();
            List<String> names = new java.util.ArrayList<>();
            names.add(type.getNameAsString());
            type.getMethods().forEach(method -> names.add(method.getNameAsString()));
            for (String name : names) {
                java.util.regex.Matcher digits = DIGITS.matcher(name);
                while (digits.find()) {
                    numbers.add(Long.parseLong(digits.group()));
                }
                for (String word : Identifiers.words(name)) {
                    String lower = word.toLowerCase(java.util.Locale.ROOT);
                    numbers.addAll(DOMAIN_SIZES.getOrDefault(lower.endsWith("s") ? lower.substring(0,
                            lower.length() - 1) : lower, Set.of()));
                }
            }
            return new ProblemVocabulary(Set.copyOf(numbers));
        }
    }

    /**
     * `new LinkedHashMap<>(16, 0.75f, true)`, or `super(capacity, 0.75f, true)` in a class extending it: the JDK names
     * these parameters (initialCapacity, loadFactor), and an LRU cache has to pass them to reach `accessOrder`. Bounded
     * queues are not in the list: their capacity is behaviour, worth a name.
     */
    private static boolean isSizingHint(Node parent, Node argument) {
        if (parent instanceof ObjectCreationExpr creation) {
            return isArgument(creation.getArguments(), argument)
                    && SIZED_BY_HINTS.contains(creation.getType().getNameAsString());
        }
        if (parent instanceof ExplicitConstructorInvocationStmt call && !call.isThis()
                && isArgument(call.getArguments(), argument)) {
            return call.findAncestor(ClassOrInterfaceDeclaration.class)
                    .filter(type -> type.getExtendedTypes().stream()
                            .anyMatch(extended -> SIZED_BY_HINTS.contains(extended.getNameAsString())))
                    .isPresent();
        }
        return false;
    }

    /** By identity: NodeList.contains compares trees by structure, and two literals 16 are equal trees. */
    private static boolean isArgument(List<Expression> arguments, Node argument) {
        for (Expression candidate : arguments) {
            if (candidate == argument) {
                return true;
            }
        }
        return false;
    }

    /** A static final field or final local with the same literal value, declared in the file. */
    static Optional<String> constantEqualTo(LiteralStringValueExpr literal, double value, RuleContext context) {
        return Double.isNaN(value) ? Optional.empty() : FileIndex.of(context).constantEqualTo(literal, value);
    }

    /** Names everyone agrees on; anything else gets no made-up name. */
    static String knownName(double value) {
        if (value == 1_000_000_007 || value == 998_244_353) {
            return "MOD";
        }
        if (value == 26) {
            return "ALPHABET_SIZE";
        }
        return null;
    }

    /** `for (int k = 0; k < 4; k++)`, `i += 3`: a small count in a loop header, which the loop itself names. */
    private static boolean isLoopCount(LiteralStringValueExpr literal, Node node) {
        double value = value(literal);
        if (value < 3 || value > 9 || value != Math.rint(value)) {
            return false;
        }
        Node child = node;
        Node current = node.getParentNode().orElse(null);
        while (current instanceof Expression) {
            child = current;
            current = current.getParentNode().orElse(null);
        }
        if (!(current instanceof com.github.javaparser.ast.stmt.ForStmt loop)) {
            return false;
        }
        Node header = child;
        return loop.getCompare().filter(compare -> compare == header).isPresent()
                || loop.getUpdate().stream().anyMatch(update -> update == header);
    }

    /** `new long[4 * n]`: an array sized as a multiple of an input, as a segment tree or a doubled buffer is. */
    private static boolean isSizeMultiplier(Node parent, Node literal) {
        return parent instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.MULTIPLY
                && binary.getParentNode().orElse(null) instanceof com.github.javaparser.ast.ArrayCreationLevel
                && !((binary.getLeft() == literal ? binary.getRight() : binary.getLeft())
                instanceof LiteralStringValueExpr);
    }

    /** `year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)`: the Gregorian leap-year rule every reader knows. */
    private static boolean isLeapYearRule(Node parent, Node literal) {
        if (!(parent instanceof BinaryExpr binary) || binary.getOperator() != BinaryExpr.Operator.REMAINDER
                || binary.getRight() != literal || !(literal instanceof LiteralStringValueExpr number)
                || !LEAP_YEAR_DIVISORS.contains(value(number))) {
            return false;
        }
        return binary.getLeft() instanceof com.github.javaparser.ast.expr.NameExpr name
                && name.getNameAsString().toLowerCase(java.util.Locale.ROOT).contains("year");
    }

    /**
     * `value >>> 24`, `(value >> 8) & 0xFF`: a shift by whole bytes, or a mask written in hexadecimal, takes a number
     * apart byte by byte; the literal is the layout, and a name (`BITS_PER_BYTE * 3`) would only hide it.
     */
    private static boolean isBitShiftOrMask(LiteralStringValueExpr literal, Node parent, Node node) {
        if (!(parent instanceof BinaryExpr binary)) {
            return false;
        }
        BinaryExpr.Operator operator = binary.getOperator();
        boolean shift = operator == BinaryExpr.Operator.LEFT_SHIFT
                || operator == BinaryExpr.Operator.SIGNED_RIGHT_SHIFT
                || operator == BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT;
        if (shift && binary.getRight() == node) {
            double value = value(literal);
            return value == Math.rint(value) && value % 8 == 0;
        }
        String text = literal.getValue().toLowerCase(java.util.Locale.ROOT);
        return (operator == BinaryExpr.Operator.BINARY_AND || operator == BinaryExpr.Operator.BINARY_OR
                || operator == BinaryExpr.Operator.XOR) && text.startsWith("0x");
    }

    /** `percentile(99)` where this file declares `percentile(double percent)`: the parameter names the value. */
    private static boolean namedByParameter(MethodCallExpr call, Node argument, RuleContext context) {
        int index = call.getArguments().indexOf((Expression) argument);
        if (index < 0) {
            return false;
        }
        return FileIndex.of(context).callablesNamed(call.getNameAsString()).stream()
                .filter(callable -> callable.getParameters().size() == call.getArguments().size())
                .map(callable -> callable.getParameter(index))
                .anyMatch(parameter -> parameter.getNameAsString().length() >= 3);
    }

    static double value(LiteralStringValueExpr literal) {
        try {
            String text = literal.getValue().replace("_", "");
            if (text.endsWith("L") || text.endsWith("l")) {
                text = text.substring(0, text.length() - 1);
            }
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
