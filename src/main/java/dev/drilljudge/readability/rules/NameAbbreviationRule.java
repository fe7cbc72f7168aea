package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Abbreviations where a word would do: configured short forms (cnt, idx, num...) and runs of capitals longer
 * than the threshold (4), as in `parseHTTPURL`. Constants, and names written as constants (NAME_CONVENTION's
 * concern), are exempt from the capitals check; so is a size read into `len` (`int len = s.length()`).
 */
public final class NameAbbreviationRule extends BaseRule {
    public static final String ID = "NAME_ABBREVIATION";

    public NameAbbreviationRule() {
        super(ID, Category.NAMING, Severity.MINOR, OptionalInt.of(4),
                "Abbreviations such as `cnt`, `idx` or `num`, and long runs of capitals, save the writer a few "
                        + "keystrokes and cost every reader a pause (Insist on the Highest Standards).",
                NameSite.namedDeclarationNodes());
    }

    @Override
    public void visit(Node node, RuleContext context) {
        NameSite site = NameSite.of(node).orElseThrow();
        if (site.isSingularOfIterable() || site.isOneLineLambdaParameter() || site.isSizeOfSomething()
                || site.isInDemoMain() || site.isConstructorParameterOfField() || (site.name().equals("str") && site.isOnlyStringParameter())
                || site.isShortLived()) {
            return;
        }
        List<String> words = Identifiers.words(site.name());
        int abbreviated = -1;
        for (int index = 0; index < words.size() && abbreviated < 0; index++) {
            if (context.config().abbreviations().containsKey(words.get(index).toLowerCase(Locale.ROOT))
                    && !isNumberOfIdiom(words, index)) {
                abbreviated = index;
            }
        }
        if (abbreviated >= 0 && words.size() > 1 && namesAParameter(site, words.get(abbreviated))) {
            return;
        }
        if (abbreviated >= 0) {
            String abbreviation = words.get(abbreviated);
            List<String> expanded = new ArrayList<>(words);
            expanded.set(abbreviated, context.config().abbreviations().get(abbreviation.toLowerCase(Locale.ROOT)));
            String better = rebuild(site, expanded);
            String what = words.size() == 1 ? "is an abbreviation" : "abbreviates `"
                    + abbreviation.toLowerCase(Locale.ROOT) + "`";
            context.report(this, site.at(),
                    "`" + site.name() + "` at line " + site.line() + " " + what
                            + " where a word would do (Insist on the Highest Standards): write `" + better + "`.",
                    "Rename `" + site.name() + "` to `" + better + "`.");
            return;
        }
        int limit = context.threshold(this);
        if (site.kind() != NameKind.CONSTANT && !NameConventionRule.isUpperSnakeCase(site.name())
                && Identifiers.longestCapitalRun(site.name()) > limit) {
            String better = rebuild(site, words);
            context.report(this, site.at(),
                    "`" + site.name() + "` at line " + site.line() + " runs more than " + limit
                            + " capitals together (Insist on the Highest Standards): capitalise abbreviations "
                            + "as words, e.g. `" + better + "`, so the word boundaries stay readable.",
                    "Rename `" + site.name() + "` to `" + better + "`.");
        }
    }

    /**
     * `strIndex` in a method that takes `String str`: the short word is the parameter's own name, so the compound says
     * "the index into str"; the parameter is where that name is judged.
     */
    private static boolean namesAParameter(NameSite site, String word) {
        return Callables.enclosing(site.declaration())
                .filter(callable -> callable.getParameters().stream()
                        .anyMatch(parameter -> parameter.getNameAsString().equals(word)))
                .isPresent();
    }

    /** `numIslands`, `numCourses`: a leading `num` before a plural reads "number of", as in many given signatures. */
    private static boolean isNumberOfIdiom(List<String> words, int index) {
        return index == 0 && words.size() > 1 && words.get(0).equals("num") && words.get(1).endsWith("s");
    }

    private static String rebuild(NameSite site, List<String> words) {
        return switch (site.kind()) {
            case TYPE -> Identifiers.pascalCase(words);
            case CONSTANT -> Identifiers.upperSnakeCase(words);
            default -> Identifiers.camelCase(words);
        };
    }
}
