package dev.drilljudge.cli;

import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.readability.Rule;
import dev.drilljudge.readability.RuleRegistry;
import dev.drilljudge.report.grade.RuleDescription;

import java.util.LinkedHashMap;
import java.util.Map;

/** Connects `judge grade` to the rule registry and sizes its parallelism. */
final class GradeWiring {
    private GradeWiring() {
    }

    /** SARIF rule metadata for every registered rule. */
    static Map<String, RuleDescription> ruleDescriptions() {
        Map<String, RuleDescription> descriptions = new LinkedHashMap<>();
        for (Rule rule : RuleRegistry.all()) {
            descriptions.put(rule.id(), describe(rule));
        }
        return descriptions;
    }

    static RuleDescription describe(Rule rule) {
        String rationale = rule.rationale();
        int clauseEnd = rationale.indexOf("; ");
        String shortDescription = clauseEnd > 0 ? rationale.substring(0, clauseEnd) + "." : rationale;
        StringBuilder help = new StringBuilder(rationale)
                .append(" Category: ").append(rule.category().jsonKey())
                .append("; severity: ").append(rule.severity().label());
        rule.defaultThreshold().ifPresent(threshold -> help.append("; default threshold: ").append(threshold));
        help.append(". Run `judge lint` locally to see every finding with its fix.");
        return new RuleDescription(rule.id(), shortDescription, help.toString());
    }

    /**
     * Submissions graded at once: one per worker (the engine sizes its pool to the cores). While one submission
     * compiles in this JVM, the others' tests run in the workers; more at once would oversubscribe the cores and
     * slow the candidate's code under test, which time limits must not punish.
     */
    static int parallelism(EngineOptions options) {
        return options.workerPoolSize();
    }
}
