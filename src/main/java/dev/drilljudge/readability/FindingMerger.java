package dev.drilljudge.readability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings that fire together on one construct (the same file, line and column) are one problem to a reviewer:
 * a method with many paths is also hard to follow, an empty catch of an InterruptedException is a swallowed
 * interrupt. Only the most specific finding is kept, so one problem is never counted twice.
 */
final class FindingMerger {
    /** Most specific first: a rule earlier in this list wins over any later one on the same construct. */
    private static final List<String> MOST_SPECIFIC_FIRST = List.of(
            "SWALLOWED_INTERRUPT", "SENTINEL_ON_EXCEPTION", "EMPTY_CATCH", "LOST_CAUSE", "BROAD_CATCH",
            "DEBUG_OUTPUT", "COGNITIVE_COMPLEXITY", "CYCLOMATIC", "METHOD_LENGTH", "NAME_PLACEHOLDER", "NAME_SHORT",
            "NAME_ABBREVIATION", "NAME_CONVENTION", "UNUSED_LOCAL");
    private static final Map<String, Integer> RANK = rankOf(MOST_SPECIFIC_FIRST);

    private FindingMerger() {
    }

    static List<Finding> merge(List<Finding> findings) {
        Map<String, Finding> byConstruct = new LinkedHashMap<>();
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (!RANK.containsKey(finding.ruleId())) {
                kept.add(finding);
                continue;
            }
            String construct = finding.file() + ':' + finding.line() + ':' + finding.column();
            byConstruct.merge(construct, finding, (first, second) ->
                    RANK.get(first.ruleId()) <= RANK.get(second.ruleId()) ? first : second);
        }
        kept.addAll(byConstruct.values());
        return kept;
    }

    private static Map<String, Integer> rankOf(List<String> ruleIds) {
        Map<String, Integer> ranks = new java.util.HashMap<>();
        for (int rank = 0; rank < ruleIds.size(); rank++) {
            ranks.put(ruleIds.get(rank), rank);
        }
        return Map.copyOf(ranks);
    }
}
