package dev.drilljudge.report.submission;

import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Readability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The human-readable readability report: score, findings grouped by file, then the top three fixes. */
public final class ReadabilityText {
    private ReadabilityText() {
    }

    public static String render(Readability readability) {
        StringBuilder text = new StringBuilder();
        readability.warnings().forEach(warning -> text.append("warning: ").append(warning).append('\n'));
        if (!readability.isScored()) {
            return text.append("Readability not scored: ").append(readability.notScored().get()).append('\n')
                    .toString();
        }
        text.append("Readability ").append(readability.score()).append("/100");
        List<String> parts = new ArrayList<>();
        for (Category category : Category.values()) {
            parts.add(category.jsonKey() + " " + readability.category(category));
        }
        text.append("  (").append(String.join(", ", parts)).append(")\n");
        if (readability.findings().isEmpty()) {
            text.append("\nNo findings: names, edge cases, structure and error handling all meet the bar.\n");
        }
        for (Map.Entry<String, List<Finding>> file : byFile(readability.findings()).entrySet()) {
            text.append('\n').append(file.getKey()).append('\n');
            for (Finding finding : file.getValue()) {
                text.append("  ").append(finding.line()).append(':').append(finding.column())
                        .append("  ").append(finding.ruleId())
                        .append(" [").append(finding.severity().label()).append("]  ")
                        .append(finding.message()).append('\n');
                if (!finding.suggestion().isBlank()) {
                    // a finding with no specific fix says what is wrong and stops there: no empty "fix:" line
                    text.append("      fix: ").append(finding.suggestion()).append('\n');
                }
            }
        }
        text.append('\n').append(topFixesHeading(readability.topFixes().size())).append('\n');
        if (readability.topFixes().isEmpty()) {
            text.append("  none: nothing to fix.\n");
        }
        int rank = 1;
        for (String fix : readability.topFixes()) {
            text.append("  ").append(rank++).append(". ").append(fix).append('\n');
        }
        return text.toString();
    }

    /** Up to three fixes are picked, one per rule, so the heading counts what is listed. */
    static String topFixesHeading(int count) {
        return switch (count) {
            case 0 -> "Top fixes";
            case 1 -> "Top fix";
            default -> "Top " + count + " fixes";
        };
    }

    private static Map<String, List<Finding>> byFile(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byFile.computeIfAbsent(finding.file(), key -> new ArrayList<>()).add(finding);
        }
        return byFile;
    }
}
