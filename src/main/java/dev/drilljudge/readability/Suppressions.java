package dev.drilljudge.readability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The `// judge:ignore RULE_ID[, RULE_ID...] [why]` comments of one file. A comment after code silences its rules
 * on its own line; a comment alone on its line silences them on the next line. Never both: an ignore that also hid
 * the line after would hide findings nobody meant to accept. An id that names no rule, or is not upper case, is a
 * warning, since it silently suppresses nothing.
 */
final class Suppressions {
    private static final String MARKER = "judge:ignore";

    private final Map<Integer, Set<String>> rulesByLine = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    Suppressions(CodeLines lines, String file) {
        if (!lines.content().contains(MARKER)) {
            return;
        }
        for (int line = 1; line <= lines.lineCount(); line++) {
            String text = lines.line(line);
            int marker = text.indexOf(MARKER);
            if (marker < 0) {
                continue;
            }
            int target = isCommentAlone(text, marker) ? line + 1 : line;
            Set<String> rules = rulesByLine.computeIfAbsent(target, key -> new HashSet<>());
            readIds(text.substring(marker + MARKER.length()), file + " line " + line, rules);
        }
    }

    /** `// judge:ignore X` with nothing but whitespace before the comment. */
    private static boolean isCommentAlone(String text, int marker) {
        int commentStart = Math.max(text.lastIndexOf("//", marker), text.lastIndexOf("/*", marker));
        return commentStart >= 0 && text.substring(0, commentStart).isBlank();
    }

    /** `A, B why` or `A B`: ids run until a word that is neither after a comma nor upper case. */
    private void readIds(String rest, String where, Set<String> rules) {
        String[] words = rest.strip().split("\\s+");
        boolean afterComma = true;
        boolean any = false;
        for (String raw : words) {
            if (raw.isEmpty()) {
                continue;
            }
            boolean endsWithComma = raw.endsWith(",");
            for (String id : raw.split(",")) {
                if (id.isEmpty()) {
                    continue;
                }
                if (!afterComma && !isUpperCaseId(id)) {
                    return;
                }
                check(id, where, rules);
                any = true;
            }
            afterComma = endsWithComma;
            if (!endsWithComma && !isUpperCaseId(raw.replace(",", ""))) {
                return;
            }
        }
        if (!any) {
            warnings.add(where + ": `judge:ignore` names no rule, so it suppresses nothing; write "
                    + "`// judge:ignore RULE_ID` (ids are listed in docs/readability.md)");
        }
    }

    private void check(String id, String where, Set<String> rules) {
        if (RuleRegistry.byId(id).isPresent()) {
            rules.add(id);
            return;
        }
        String upper = id.toUpperCase(Locale.ROOT);
        if (RuleRegistry.byId(upper).isPresent()) {
            warnings.add(where + ": `judge:ignore " + id + "` suppresses nothing: rule ids are upper case, write `"
                    + upper + "`");
        } else {
            warnings.add(where + ": `judge:ignore " + id + "` names no rule, so it suppresses nothing "
                    + "(rule ids are listed in docs/readability.md)");
        }
    }

    private static boolean isUpperCaseId(String word) {
        if (word.isEmpty() || word.charAt(0) < 'A' || word.charAt(0) > 'Z') {
            return false;
        }
        for (int index = 1; index < word.length(); index++) {
            char next = word.charAt(index);
            if (!(next >= 'A' && next <= 'Z') && !(next >= '0' && next <= '9') && next != '_') {
                return false;
            }
        }
        return true;
    }

    boolean isSuppressed(Finding finding) {
        Set<String> rules = rulesByLine.get(finding.line());
        return rules != null && rules.contains(finding.ruleId());
    }

    List<String> warnings() {
        return warnings;
    }
}
