package dev.drilljudge.cli;

import java.util.Optional;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.scoring.DebugInputs;
import dev.drilljudge.session.HistoryTiming;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.app.BatchGrader;
import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.app.SubmissionRecorder;
import dev.drilljudge.readability.ReadabilityAnalyzer;
import dev.drilljudge.readability.ReadabilityConfig;
import dev.drilljudge.readability.Rule;
import dev.drilljudge.readability.RuleRegistry;
import dev.drilljudge.report.RuleDescription;

import java.util.LinkedHashMap;
import java.util.Map;

/** Connects `judge grade` to the readability analysis, the scorers and the rule registry. */
final class GradeWiring {
    private GradeWiring() {
    }

    /**
     * The analysis with the default rules and thresholds: a practice repo's own readability configuration is not
     * read, so a candidate cannot loosen the bar that grades them.
     */
    static BatchGrader.ReadabilityCheck readability() {
        ReadabilityAnalyzer analyzer = new ReadabilityAnalyzer(ReadabilityConfig.defaults());
        return (problem, sources, edgeTestPassRate) -> analyzer.forProblem(problem)
                .analyze(sources, edgeTestPassRate);
    }

    /** Both bars; the committed history's timing, when there is one, makes velocity self-reported. */
    static BatchGrader.SubmissionScorer scorer() {
        return new BatchGrader.SubmissionScorer() {
            @Override
            public Scorecard score(ProblemPackage problem, Judgement judgement, Readability readability,
                                   Optional<HistoryTiming> timing) {
                return SubmissionRecorder.score(problem, judgement, readability, timing.orElse(null));
            }

            @Override
            public Scorecard score(ProblemPackage problem, Judgement judgement, Readability readability,
                                   Optional<HistoryTiming> timing, Optional<DebugInputs> debug) {
                return SubmissionRecorder.score(problem, judgement, readability, timing.orElse(null),
                        debug.orElse(null));
            }
        };
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
