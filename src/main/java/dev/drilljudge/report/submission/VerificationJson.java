package dev.drilljudge.report.submission;

import dev.drilljudge.result.CheckKind;
import dev.drilljudge.result.ProblemVerification;
import dev.drilljudge.result.SolutionCheck;
import dev.drilljudge.result.VerificationReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Locale;

/** The JSON of `judge verify`. */
public final class VerificationJson {
    private VerificationJson() {
    }

    public static String render(VerificationReport report) {
        ObjectNode root = JsonReport.mapper().createObjectNode();
        root.put("passed", report.passed());
        ObjectNode summary = root.putObject("summary");
        summary.put("problems", report.problems().size());
        summary.put("acceptedSolutions", report.count(CheckKind.ACCEPTED_HIDDEN));
        summary.put("acceptedPassed", report.countAsExpected(CheckKind.ACCEPTED_HIDDEN));
        summary.put("wrongSolutions", report.count(CheckKind.WRONG));
        summary.put("wrongKilled", report.countAsExpected(CheckKind.WRONG));
        summary.put("slowSolutions", report.count(CheckKind.SLOW));
        summary.put("slowTimedOut", report.countAsExpected(CheckKind.SLOW));
        summary.put("bugNotes", report.countAsExpected(CheckKind.BUG_NOTE));
        summary.put("handOutsCompile", report.countAsExpected(CheckKind.HANDOUT));
        ArrayNode problems = root.putArray("problems");
        for (ProblemVerification problem : report.problems()) {
            ObjectNode node = problems.addObject();
            node.put("problem", problem.problemId());
            node.put("passed", problem.passed());
            node.put("error", problem.packageError());
            problem.apis().ifPresent(apis -> {
                ObjectNode apisNode = node.putObject("apis");
                apisNode.put("summary", apis.summary());
                apisNode.put("allowThreads", apis.allowThreads());
                ArrayNode added = apisNode.putArray("allowApis");
                apis.allowApis().forEach(added::add);
            });
            ArrayNode checks = node.putArray("checks");
            for (SolutionCheck check : problem.checks()) {
                ObjectNode checkNode = checks.addObject();
                checkNode.put("kind", check.kind().name().toLowerCase(Locale.ROOT));
                checkNode.put("solution", check.name());
                checkNode.put("verdict", check.verdict() == null ? null : check.verdict().name());
                checkNode.put("asExpected", check.asExpected());
                checkNode.put("headline", check.detail());
            }
        }
        return JsonReport.mapper().writeValueAsString(root);
    }
}
