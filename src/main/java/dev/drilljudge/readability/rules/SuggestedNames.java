package dev.drilljudge.readability.rules;

import dev.drilljudge.readability.ReadabilityConfig;
import dev.drilljudge.readability.RuleContext;

import javax.lang.model.SourceVersion;
import java.util.Locale;
import java.util.Set;

/**
 * The gate every suggested name passes: a legal Java identifier that is not a keyword, does not clash with a type
 * in the file or in java.lang (`Number`, `String`), and would not itself be flagged by a naming rule.
 */
final class SuggestedNames {
    /** java.lang types a suggestion could clash with; a variable named like one reads as the type. */
    private static final Set<String> JAVA_LANG = Set.of("Boolean", "Byte", "Character", "Class", "Double", "Enum",
            "Error", "Exception", "Float", "Integer", "Iterable", "Long", "Math", "Number", "Object", "Override",
            "Process", "Record", "Runnable", "Runtime", "Short", "String", "StringBuilder", "System", "Thread",
            "Throwable", "Void", "Comparable", "CharSequence", "Module", "Package");

    private SuggestedNames() {
    }

    static boolean isUsable(String name, NameKind kind, RuleContext context) {
        if (name == null || name.isEmpty() || !SourceVersion.isName(name) || name.contains(".")) {
            return false;
        }
        if (clashes(name, context)) {
            return false;
        }
        ReadabilityConfig config = context.config();
        if (config.isPlaceholder(name) || (kind.isVariable() && name.length() < 3)) {
            return false;
        }
        for (String word : Identifiers.words(name)) {
            if (config.abbreviations().containsKey(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return switch (kind) {
            case TYPE -> NameConventionRule.isCamelCase(name, true);
            case CONSTANT -> NameConventionRule.isUpperSnakeCase(name);
            default -> NameConventionRule.isCamelCase(name, false);
        };
    }

    /** The name is a java.lang type or a type declared in the file: using it for something else misleads. */
    static boolean clashes(String name, RuleContext context) {
        return JAVA_LANG.contains(name) || declaresType(name, context);
    }

    private static boolean declaresType(String name, RuleContext context) {
        return FileIndex.of(context).declaresType(name);
    }
}
