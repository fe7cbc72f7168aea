package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.OptionalInt;
import java.util.Set;

/** Checkstyle's default naming patterns: camelCase members, PascalCase types, UPPER_SNAKE constants. */
public final class NameConventionRule extends BaseRule {
    public static final String ID = "NAME_CONVENTION";
    /**
     * `Problem2_5`, `Q1_2`, `Solution_102`, `Problem2_8_DecodeWays`: a study repository numbers its classes after the
     * book's chapter and exercise or the problem; the underscore separates numbers, which PascalCase cannot
     * (`Problem25` is another exercise), and an interview answer's class is named by the platform anyway.
     */
    private static final java.util.regex.Pattern NUMBERED_EXERCISE =
            java.util.regex.Pattern.compile("[A-Z][A-Za-z0-9]*(_\\d+)+(_[A-Z][A-Za-z0-9]*)?");
    private static final Set<String> MUTABLE_TYPES = Set.of("Scanner", "Random", "SecureRandom", "StringBuffer",
            "AtomicInteger", "AtomicLong", "Stack", "Vector", "Collection", "Iterable", "Object");
    private static final Set<String> CONFUSABLE_CAPITALS = Set.of("I", "O", "L");
    private static final Set<String> SERIALIZATION_FIELDS = Set.of("serialVersionUID", "serialPersistentFields");

    public NameConventionRule() {
        super(ID, Category.NAMING, Severity.MINOR, OptionalInt.empty(),
                "Java names follow one convention (camelCase members, PascalCase types, UPPER_SNAKE constants) "
                        + "so a reader knows what a name is at a glance (Insist on the Highest Standards).",
                NameSite.namedDeclarationNodes());
    }

    @Override
    public void visit(Node node, RuleContext context) {
        NameSite site = NameSite.of(node).orElseThrow();
        String name = site.name();
        if (name.equals("_") || SERIALIZATION_FIELDS.contains(name)) {
            return;
        }
        String convention;
        String expected;
        if (site.kind() == NameKind.TYPE) {
            if (isCamelCase(name, true) || NUMBERED_EXERCISE.matcher(name).matches()) {
                return;
            }
            if (!hasLetter(name)) {
                reportNumberedType(site, context);
                return;
            }
            if (isFileClass(site)) {
                return;
            }
            convention = "PascalCase";
            expected = Identifiers.pascalCase(Identifiers.words(name));
        } else if (site.kind() == NameKind.CONSTANT) {
            if (isUpperSnakeCase(name) || (isCamelCase(name, false) && isMutable(site))) {
                return;
            }
            convention = "UPPER_SNAKE_CASE";
            expected = Identifiers.upperSnakeCase(Identifiers.words(name));
        } else {
            if (isCamelCase(name, false) || isSegmentedTestName(site) || isMathSize(site) || site.isSpelledByItsValue()) {
                return;
            }
            if (isInDemoAroundAnswer(site)) {
                return;
            }
            if (isConstantDeclaredPerInstance(site)) {
                context.report(this, site.at(), "`" + name + "` at line " + site.line() + " is named as a constant "
                                + "but declared per instance (Insist on the Highest Standards): a reviewer reading the "
                                + "name expects one shared value, and the declaration says otherwise.",
                        "Declare `" + name + "` `static final`: it is a constant.");
                return;
            }
            convention = "camelCase";
            expected = Identifiers.camelCase(Identifiers.words(name));
        }
        boolean usable = javax.lang.model.SourceVersion.isName(expected) && !SuggestedNames.clashes(expected, context);
        String message = "`" + name + "` at line " + site.line() + " breaks the Java " + convention + " convention for a "
                + site.kind().description() + " (Insist on the Highest Standards): conventional names tell a reviewer "
                + "what kind of thing they read";
        context.report(this, site.at(), message + (usable ? "; call it `" + expected + "`." : "."),
                usable ? "Rename `" + name + "` to `" + expected + "`." : "");
    }

    /** A local of a demo `main` around the answer: test data, asked only of names that break the convention. */
    private static boolean isInDemoAroundAnswer(NameSite site) {
        return Callables.enclosing(site.declaration()).filter(Callables::isHarnessAroundAnswer).isPresent();
    }

    /**
     * `final int N = nums.length;`, `int T = in.nextInt();`, a field `N` given only `A.length`: a one-letter size or
     * count written in capitals as in the problem statement's maths, a convention a reviewer reads at once, like `n`.
     */
    private static boolean isMathSize(NameSite site) {
        if (site.name().length() != 1) {
            return false;
        }
        return site.kind() == NameKind.LOCAL && (site.isSizeOfSomething() || isCountReadFromInput(site))
                || site.kind() == NameKind.FIELD && site.isSizeField();
    }

    /**
     * The top-level class of the file: an interview answer's is named by the platform (`Solution`), so another name is
     * the practice repository's filing scheme (`leetcode_Gas_Station`), not the candidate's design. A nested helper
     * class (`class pair`) is the candidate's and is judged; a name with no letter at all (`_102`) is still reported,
     * once a file, since it says nothing.
     */
    private static boolean isFileClass(NameSite site) {
        return site.declaration().getParentNode().orElse(null) instanceof com.github.javaparser.ast.CompilationUnit;
    }

    /**
     * `int T = scanner.nextInt();`: a HackerRank program reads the statement's `T` or `N` under its own name. `I`,
     * `O` and `L` read as digits, whatever the statement calls them.
     */
    private static boolean isCountReadFromInput(NameSite site) {
        return !CONFUSABLE_CAPITALS.contains(site.name()) && site.declaration() instanceof com.github.javaparser.ast.body.VariableDeclarator variable
                && variable.getInitializer().filter(init -> init instanceof com.github.javaparser.ast.expr.MethodCallExpr
                call && (call.getNameAsString().equals("nextInt") || call.getNameAsString().equals("nextLong")
                || call.getNameAsString().equals("parseInt") && call.toString().contains("readLine"))).isPresent();
    }

    /**
     * `testInsert_cachesNaturalId`: Google's Java style lets a JUnit test method's name use underscores to separate
     * its logical parts, each part camelCase.
     */
    private static boolean isSegmentedTestName(NameSite site) {
        if (site.kind() != NameKind.METHOD
                || !(site.declaration() instanceof com.github.javaparser.ast.body.MethodDeclaration method)
                || method.getAnnotations().stream().noneMatch(annotation -> annotation.getNameAsString().endsWith("Test"))) {
            return false;
        }
        for (String part : site.name().split("_", -1)) {
            if (part.isEmpty() || !isCamelCase(Identifiers.decapitalize(part), false)) {
                return false;
            }
        }
        return true;
    }

    /** `private final String[] TENS = {...}`: a final field written as a constant, only missing `static`. */
    private static boolean isConstantDeclaredPerInstance(NameSite site) {
        return site.kind() == NameKind.FIELD && isUpperSnakeCase(site.name())
                && site.declaration() instanceof com.github.javaparser.ast.body.VariableDeclarator variable
                && variable.getInitializer().isPresent()
                && variable.getParentNode().orElse(null) instanceof com.github.javaparser.ast.body.FieldDeclaration field
                && field.isFinal();
    }

    /**
     * `private static final Scanner scanner = new Scanner(System.in);`: Google Java Style calls a static final field
     * a constant only when its contents are deeply immutable; a scanner, a reader, a random source, a builder, a
     * collection or an array changes, so its camelCase name is right (UPPER_SNAKE_CASE is accepted too).
     */
    private static boolean isMutable(NameSite site) {
        if (site.type() == null) {
            return false;
        }
        if (site.type().isArrayType()) {
            return true;
        }
        String type = site.type().isClassOrInterfaceType()
                ? site.type().asClassOrInterfaceType().getNameAsString() : "";
        return MUTABLE_TYPES.contains(type) || type.endsWith("Map") || type.endsWith("List") || type.endsWith("Set")
                || type.endsWith("Queue") || type.endsWith("Deque") || type.endsWith("Reader")
                || type.endsWith("Writer") || type.endsWith("Stream") || type.endsWith("Builder");
    }

    /**
     * A LeetCode export names its class after the problem number (`_102`). Reported once per file, and the suggested
     * name comes from the class's one public method, since no spelling of `102` is a Java name.
     */
    private void reportNumberedType(NameSite site, RuleContext context) {
        if (context.shared(NameConventionRule.class, context.unit(), unit -> new boolean[1])[0]) {
            return;
        }
        context.shared(NameConventionRule.class, context.unit(), unit -> new boolean[1])[0] = true;
        String suggestion = "";
        if (site.declaration() instanceof com.github.javaparser.ast.body.TypeDeclaration<?> type) {
            java.util.List<String> publicMethods = type.getMethods().stream()
                    .filter(method -> !method.isPrivate() && !method.getNameAsString().equals("main"))
                    .map(method -> Identifiers.capitalize(method.getNameAsString())).toList();
            if (publicMethods.size() == 1 && SuggestedNames.isUsable(publicMethods.get(0), NameKind.TYPE, context)) {
                suggestion = "Rename `" + site.name() + "` to `" + publicMethods.get(0) + "`, after what it does.";
            }
        }
        context.report(this, site.at(),
                "`" + site.name() + "` at line " + site.line() + " names a type by a number, not by what it does "
                        + "(Insist on the Highest Standards): a reader learns nothing from it.",
                suggestion);
    }

    private static boolean hasLetter(String name) {
        for (int index = 0; index < name.length(); index++) {
            if (Character.isLetter(name.charAt(index))) {
                return true;
            }
        }
        return false;
    }

    /** Checkstyle's ^[a-z][a-zA-Z0-9]*$ (or ^[A-Z]... for types), without a regex on every declaration. */
    static boolean isCamelCase(String name, boolean capitalised) {
        char first = name.charAt(0);
        if (capitalised ? !isAsciiUpper(first) : !isAsciiLower(first)) {
            return false;
        }
        for (int index = 1; index < name.length(); index++) {
            char next = name.charAt(index);
            if (!isAsciiUpper(next) && !isAsciiLower(next) && !isAsciiDigit(next)) {
                return false;
            }
        }
        return true;
    }

    /** Checkstyle's ^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$. */
    static boolean isUpperSnakeCase(String name) {
        if (!isAsciiUpper(name.charAt(0)) || name.endsWith("_")) {
            return false;
        }
        for (int index = 1; index < name.length(); index++) {
            char next = name.charAt(index);
            boolean underscoreAfterUnderscore = next == '_' && name.charAt(index - 1) == '_';
            if ((!isAsciiUpper(next) && !isAsciiDigit(next) && next != '_') || underscoreAfterUnderscore) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiUpper(char character) {
        return character >= 'A' && character <= 'Z';
    }

    private static boolean isAsciiLower(char character) {
        return character >= 'a' && character <= 'z';
    }

    private static boolean isAsciiDigit(char character) {
        return character >= '0' && character <= '9';
    }
}
