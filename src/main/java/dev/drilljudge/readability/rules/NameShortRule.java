package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.OptionalInt;
import java.util.Set;

/**
 * Variable names shorter than the threshold (3). Idioms a reviewer reads at once are exempt; the list is in
 * docs/readability.md.
 */
public final class NameShortRule extends BaseRule {
    public static final String ID = "NAME_SHORT";
    private static final Set<String> LOOP_INDICES = Set.of("i", "j", "k");
    private static final Set<String> EXCEPTION_NAMES = Set.of("e", "ex", "ie", "ioe", "nfe", "npe");
    /** `e1`, `e2`, `ex2`: the exceptions of nested or successive catches, numbered. */
    private static final java.util.regex.Pattern NUMBERED_EXCEPTION = java.util.regex.Pattern.compile("ex?\\d");
    private static final Set<String> SIZES = Set.of("n", "m");
    private static final Set<String> PROBLEM_PARAMETERS = Set.of("n", "m", "k");
    private static final Set<String> IDIOMS = Set.of("dx", "dy", "dr", "dc", "lo", "hi", "dp", "_");
    /** Names that are the idiom for one type though not its initials: `it` is the Iterator a loop walks. */
    private static final java.util.Map<String, Set<String>> TYPE_IDIOMS = java.util.Map.of(
            "it", Set.of("Iterator", "ListIterator"));
    private static final Set<String> GRID_INDICES = Set.of("r", "c");
    private static final Set<String> SHORT_WORDS =
            Set.of("id", "ok", "to", "in", "of", "on", "at", "by", "up", "io", "os", "db", "ip", "ui", "out");

    public NameShortRule() {
        super(ID, Category.NAMING, Severity.MINOR, OptionalInt.of(3),
                "Names shorter than 3 characters make a reviewer reconstruct meaning from context "
                        + "(Insist on the Highest Standards); loop indices and other idioms are exempt.",
                NameSite.VARIABLE_NODES);
    }

    @Override
    public void visit(Node node, RuleContext context) {
        NameSite site = NameSite.of(node).orElseThrow();
        if (site.name().length() >= context.threshold(this) || isExempt(site)
                || NamePlaceholderRule.isPlaceholder(site, context) || context.config().isPlaceholder(site.name())) {
            return;
        }
        String example = NameHints.example(site, context);
        context.report(this, site.at(),
                "`" + site.name() + "` at line " + site.line() + " is too short to say what this "
                        + site.kind().description() + " holds (Insist on the Highest Standards): "
                        + "spell out its role" + example + ".",
                example.isEmpty() ? "" : "Rename `" + site.name() + "` to a word or two that says what it holds"
                        + example + ".");
    }

    /** `int g = gcd(a, b);`: the initials of the call that computes it, read on the same line. */
    private static boolean isInitialsOfItsCall(NameSite site) {
        if (!(site.declaration() instanceof com.github.javaparser.ast.body.VariableDeclarator variable)
                || !(variable.getInitializer().orElse(null)
                instanceof com.github.javaparser.ast.expr.MethodCallExpr call)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : Identifiers.words(call.getNameAsString())) {
            initials.append(Character.toLowerCase(word.charAt(0)));
        }
        return initials.toString().equals(site.name());
    }

    private static boolean isTypeIdiom(NameSite site) {
        return site.type() != null && site.type().isClassOrInterfaceType() && TYPE_IDIOMS.getOrDefault(site.name(),
                Set.of()).contains(site.type().asClassOrInterfaceType().getNameAsString());
    }

    private static boolean isExempt(NameSite site) {
        String name = site.name();
        if (SHORT_WORDS.contains(name.toLowerCase(java.util.Locale.ROOT)) || IDIOMS.contains(name)
                || isTypeIdiom(site) || TypeNamedVariables.isInitialsOfType(site) || site.isOneLineLambdaParameter()
                || site.isCoordinate() || site.isInTinyMethod() || site.isCurrentCharacter() || site.isUnreadLoopIndex()
                || site.isOtherOfComparison() || site.isElementOfObviousLoop() || site.isInDemoMain()
                || site.isConstructorParameterOfField() || (name.equals("s") && site.isOnlyStringParameter())
                || site.isNextCoordinate() || site.isNumberedPair() || site.isShortLived()
                || site.isSpelledByItsValue()) {
            return true;
        }
        return switch (site.kind()) {
            case FOR_INDEX -> LOOP_INDICES.contains(name) || (GRID_INDICES.contains(name) && site.isIntegral());
            case FOR_EACH -> LOOP_INDICES.contains(name);
            case LOCAL -> (LOOP_INDICES.contains(name) && site.isIntegral())
                    || ((SIZES.contains(name) || (name.length() == 1 && !name.equals("l")))
                    && site.isSizeOfSomething())
                    || isInitialsOfItsCall(site);
            case FIELD -> (SIZES.contains(name) || (name.length() == 1 && !name.equals("l"))) && site.isSizeField();
            case PARAMETER -> (PROBLEM_PARAMETERS.contains(name) || LOOP_INDICES.contains(name)) && site.isIntegral();
            case CATCH_PARAMETER -> EXCEPTION_NAMES.contains(name) || NUMBERED_EXCEPTION.matcher(name).matches();
            default -> false;
        };
    }
}
