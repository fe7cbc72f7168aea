package dev.drilljudge.readability;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The `// judge:ignore RULE_ID [RULE_ID...]` comments of one file. A comment silences its rules on its own line
 * and on the line after it, so it can sit at the end of the line or on the line above.
 */
final class Suppressions {
    private static final String MARKER = "judge:ignore";
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Map<Integer, Set<String>> rulesByLine = new HashMap<>();

    Suppressions(CodeLines lines) {
        for (int line = 1; line <= lines.lineCount(); line++) {
            String text = lines.line(line);
            int marker = text.indexOf(MARKER);
            if (marker < 0) {
                continue;
            }
            Matcher ids = RULE_ID.matcher(text.substring(marker + MARKER.length()));
            Set<String> rules = new HashSet<>();
            while (ids.find()) {
                rules.add(ids.group());
            }
            rulesByLine.computeIfAbsent(line, key -> new HashSet<>()).addAll(rules);
            rulesByLine.computeIfAbsent(line + 1, key -> new HashSet<>()).addAll(rules);
        }
    }

    boolean isSuppressed(Finding finding) {
        Set<String> rules = rulesByLine.get(finding.line());
        return rules != null && rules.contains(finding.ruleId());
    }

    boolean isEmpty() {
        return rulesByLine.isEmpty();
    }
}
