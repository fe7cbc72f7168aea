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

    private FindingMerger() {
    }

    static List<Finding> merge(List<Finding> findings) {
        Map<String, Finding> byConstruct = new LinkedHashMap<>();
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            int rank = MOST_SPECIFIC_FIRST.indexOf(finding.ruleId());
            if (rank < 0) {
                kept.add(finding);
                continue;
            }
            String construct = finding.file() + ':' + finding.line() + ':' + finding.column();
            byConstruct.merge(construct, finding, (first, second) ->
                    MOST_SPECIFIC_FIRST.indexOf(first.ruleId()) <= MOST_SPECIFIC_FIRST.indexOf(second.ruleId())
                            ? first : second);
        }
        kept.addAll(byConstruct.values());
        return kept;
    }
}
