package dev.drilljudge.readability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Picks the three fixes worth the most points: one per rule, the rules that cost the most first. */
final class TopFixes {
    static final int COUNT = 3;

    private TopFixes() {
    }

    /** @param findings ordered by position, so each rule's first finding is its earliest */
    static List<String> pick(List<Finding> findings, ReadabilityConfig config) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byRule.computeIfAbsent(finding.ruleId(), key -> new ArrayList<>()).add(finding);
        }
        List<List<Finding>> groups = new ArrayList<>(byRule.values());
        groups.sort(Comparator.comparingDouble((List<Finding> group) -> -cost(group, config)));
        List<String> fixes = new ArrayList<>();
        for (List<Finding> group : groups.subList(0, Math.min(COUNT, groups.size()))) {
            fixes.add(sentence(group));
        }
        return fixes;
    }

    private static double cost(List<Finding> group, ReadabilityConfig config) {
        return ReadabilityScore.weightOf(group.get(0), config)
                * Math.min(group.size(), ReadabilityScore.REPEATS_COUNTED);
    }

    private static String sentence(List<Finding> group) {
        Finding first = group.get(0);
        String where = first.file() + ":" + first.line();
        String more = group.size() > 1 ? " (" + (group.size() - 1) + " more like it)" : "";
        String fix = first.suggestion().isEmpty() ? first.message() : first.suggestion();
        return first.ruleId() + " at " + where + more + ": " + fix;
    }
}
