package dev.drilljudge.readability;

import java.util.List;
import java.util.Map;

/**
 * The readability verdict on a set of sources (the Amazon bar).
 *
 * @param score      0-100 overall
 * @param categories 0-100 per category
 * @param findings   ordered by file, line, column
 * @param topFixes   the three fixes that matter most, as sentences
 */
public record Readability(int score, Map<Category, Integer> categories, List<Finding> findings, List<String> topFixes) {
    public Readability {
        categories = Map.copyOf(categories);
        findings = List.copyOf(findings);
        topFixes = List.copyOf(topFixes);
    }

    public int category(Category category) {
        return categories.getOrDefault(category, 100);
    }
}
