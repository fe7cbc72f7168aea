package dev.drilljudge.readability;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The score formula (documented with a worked example in docs/readability.md).
 * <ul>
 *   <li>A category's weight W is the sum, over its rules, of rule weight x min(findings, 3): a pattern is
 *       noted at most three times.</li>
 *   <li>Edge cases: each guard clause cancels {@value #GUARD_CREDIT} of W (half a major finding).</li>
 *   <li>units = min({@value #MAX_UNITS}, max(1, codeLines / {@value #LINES_PER_UNIT})): the same finding costs less
 *       in more code, but only up to the size of a long honest answer. Without the cap, appending clean dead code
 *       (unused methods nobody calls) divided every deduction: a messy 61-line answer went from 53 to 94 with 400
 *       lines of padding.</li>
 *   <li>A category's deduction d = {@value #POINTS_PER_WEIGHT} x W / units; its score is max(0, round(100 - d)).</li>
 *   <li>With edge-tagged test results: edgeCases = round((static + 100 x passRate) / 2), and its deduction is
 *       100 - edgeCases.</li>
 *   <li>overall = max(0, round(100 - sum(categoryWeight x d) / sum(categoryWeight))). The deductions are not
 *       capped per category, so three swallowed exceptions cost more than a long, branchy method: a category can
 *       no longer hide behind its 25-point share.</li>
 * </ul>
 */
public record ReadabilityScore(int overall, Map<Category, Integer> categories) {
    public static final double POINTS_PER_WEIGHT = 8;
    public static final int REPEATS_COUNTED = 3;
    public static final int LINES_PER_UNIT = 40;
    /**
     * 160 code lines: the longest solution in the bank (accepted, slow or wrong) had 139 when this was set, so no
     * honest answer reaches it, and past it more code no longer dilutes the findings.
     */
    public static final int MAX_UNITS = 4;
    public static final double GUARD_CREDIT = 2;

    public ReadabilityScore {
        categories = Map.copyOf(categories);
    }

    public static ReadabilityScore compute(List<Finding> findings, int guardClauses, int codeLines,
                                           ReadabilityConfig config, OptionalDouble edgeTestPassRate) {
        Map<String, Integer> countByRule = new HashMap<>();
        Map<String, Finding> exampleByRule = new HashMap<>();
        for (Finding finding : findings) {
            countByRule.merge(finding.ruleId(), 1, Integer::sum);
            exampleByRule.putIfAbsent(finding.ruleId(), finding);
        }
        Map<Category, Double> weightByCategory = new EnumMap<>(Category.class);
        for (Map.Entry<String, Integer> entry : countByRule.entrySet()) {
            Finding example = exampleByRule.get(entry.getKey());
            double weight = weightOf(example, config) * Math.min(entry.getValue(), REPEATS_COUNTED);
            weightByCategory.merge(example.category(), weight, Double::sum);
        }
        double units = Math.min(MAX_UNITS, Math.max(1.0, codeLines / (double) LINES_PER_UNIT));
        Map<Category, Integer> categories = new EnumMap<>(Category.class);
        Map<Category, Double> deductions = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            double weight = weightByCategory.getOrDefault(category, 0.0);
            if (category == Category.EDGE_CASES) {
                weight = Math.max(0, weight - GUARD_CREDIT * guardClauses);
            }
            double deduction = POINTS_PER_WEIGHT * weight / units;
            deductions.put(category, deduction);
            categories.put(category, (int) Math.max(0, Math.round(100 - deduction)));
        }
        if (edgeTestPassRate.isPresent()) {
            double passRate = Math.min(1, Math.max(0, edgeTestPassRate.getAsDouble()));
            int edgeCases = (int) Math.round((categories.get(Category.EDGE_CASES) + 100 * passRate) / 2);
            categories.put(Category.EDGE_CASES, edgeCases);
            deductions.put(Category.EDGE_CASES, 100.0 - edgeCases);
        }
        double weighted = 0;
        double totalWeight = 0;
        for (Category category : Category.values()) {
            double weight = config.categoryWeight(category);
            weighted += weight * deductions.get(category);
            totalWeight += weight;
        }
        int overall = (int) Math.max(0, Math.round(100 - weighted / totalWeight));
        return new ReadabilityScore(overall, categories);
    }

    /** A finding's weight in the score. */
    public static double weightOf(Finding finding, ReadabilityConfig config) {
        return config.ruleWeight(finding.ruleId(), finding.severity());
    }
}
