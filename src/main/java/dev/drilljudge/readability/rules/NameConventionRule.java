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
            if (isCamelCase(name, true)) {
                return;
            }
            convention = "PascalCase";
            expected = Identifiers.pascalCase(Identifiers.words(name));
        } else if (site.kind() == NameKind.CONSTANT) {
            if (isUpperSnakeCase(name)) {
                return;
            }
            convention = "UPPER_SNAKE_CASE";
            expected = Identifiers.upperSnakeCase(Identifiers.words(name));
        } else {
            if (isCamelCase(name, false)) {
                return;
            }
            convention = "camelCase";
            expected = Identifiers.camelCase(Identifiers.words(name));
        }
        context.report(this, site.at(),
                "`" + name + "` at line " + site.line() + " breaks the Java " + convention + " convention for a "
                        + site.kind().description() + " (Insist on the Highest Standards): conventional names "
                        + "tell a reviewer what kind of thing they read; call it `" + expected + "`.",
                "Rename `" + name + "` to `" + expected + "`.");
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
