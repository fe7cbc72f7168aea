package dev.drilljudge.readability;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readability verdict on a set of sources (the Amazon bar).
 *
 * @param score      0-100 overall; meaningless (0) when {@code notScored} is present
 * @param categories 0-100 per category
 * @param findings   ordered by file, line, column
 * @param topFixes   the three fixes that matter most, as sentences
 * @param warnings   problems with the analysis's input that are not findings, e.g. an ignore comment naming no rule
 * @param notScored  one line saying why the code has no readability score (a file that does not parse): a
 *                   reviewer cannot read what the compiler cannot, so it is never 100
 */
public record Readability(int score, Map<Category, Integer> categories, List<Finding> findings, List<String> topFixes,
                          List<String> warnings, Optional<String> notScored) {
    public Readability {
        categories = Map.copyOf(categories);
        findings = List.copyOf(findings);
        topFixes = List.copyOf(topFixes);
        warnings = List.copyOf(warnings);
    }

    public Readability(int score, Map<Category, Integer> categories, List<Finding> findings, List<String> topFixes) {
        this(score, categories, findings, topFixes, List.of(), Optional.empty());
    }

    /** A result with no score: the code could not be read, for the reason given. */
    public static Readability notScored(String reason, List<String> warnings) {
        return new Readability(0, Map.of(), List.of(), List.of(), warnings, Optional.of(reason));
    }

    public boolean isScored() {
        return notScored.isEmpty();
    }

    /** This result when it has a score, else null: what the scorecards and the history take ("could not run"). */
    public Readability scoredOrNull() {
        return isScored() ? this : null;
    }

    public int category(Category category) {
        return categories.getOrDefault(category, isScored() ? 100 : 0);
    }
}
