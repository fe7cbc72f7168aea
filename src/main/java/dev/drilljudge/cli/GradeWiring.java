package dev.drilljudge.cli;

import dev.drilljudge.app.BatchGrader;
import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.report.RuleDescription;

import java.util.Map;

/**
 * Connects `judge grade` to the readability analysis, the scorers and the rule registry.
 * <p>
 * HOOK: on this branch the readability judge and the scoring are not merged yet, so a grade has verdicts and tests
 * but no findings and no scores (reports show "—"). When they land: readability() returns
 * {@code new ReadabilityAnalyzer(ReadabilityConfig.defaults())::analyze}, scorer() calls
 * {@code SubmissionRecorder.score} with the committed history's timing, and ruleDescriptions() maps
 * {@code RuleRegistry.all()}.
 */
final class GradeWiring {
    private GradeWiring() {
    }

    static BatchGrader.ReadabilityCheck readability() {
        return (sources, edgeTestPassRate) -> null;
    }

    static BatchGrader.SubmissionScorer scorer() {
        return BatchGrader.SubmissionScorer.UNSCORED;
    }

    static Map<String, RuleDescription> ruleDescriptions() {
        return Map.of();
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
