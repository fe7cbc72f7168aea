package dev.drilljudge.session;

import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Readability;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the history keeps of a readability result: enough for the progress report's per-category chart and
 * its "rules most often broken", without the findings' text.
 *
 * @param categories 0-100 by the category's JSON key (naming, edgeCases, modularity, errorHandling)
 * @param rules      number of findings per rule id
 */
public record ReadabilitySnapshot(int score, Map<String, Integer> categories, Map<String, Integer> rules) {
    public ReadabilitySnapshot {
        // Sorted so the history lines are byte-for-byte reproducible.
        categories = Collections.unmodifiableMap(new TreeMap<>(categories));
        rules = Collections.unmodifiableMap(new TreeMap<>(rules));
    }

    public static ReadabilitySnapshot of(Readability readability) {
        Map<String, Integer> categories = new TreeMap<>();
        for (Category category : Category.values()) {
            categories.put(category.jsonKey(), readability.category(category));
        }
        Map<String, Integer> rules = new TreeMap<>();
        for (Finding finding : readability.findings()) {
            rules.merge(finding.ruleId(), 1, Integer::sum);
        }
        return new ReadabilitySnapshot(readability.score(), categories, rules);
    }
}
