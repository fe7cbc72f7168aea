package dev.drilljudge.report.submission;

import dev.drilljudge.result.CheckKind;
import dev.drilljudge.result.ProblemVerification;
import dev.drilljudge.result.SolutionCheck;
import dev.drilljudge.result.VerificationReport;

/**
 * The text of `judge verify`: a line per problem with what its candidate code may use, each unexpected verdict,
 * and the bank's summary.
 */
public final class VerificationText {
    private final TextStyle style;

    public VerificationText(TextStyle style) {
        this.style = style;
    }

    public String render(VerificationReport report) {
        StringBuilder out = new StringBuilder();
        for (ProblemVerification problem : report.problems()) {
            out.append(problem.passed() ? style.good("✓ ") : style.bad("✗ ")).append(problem.problemId());
            if (!problem.packageError().isEmpty()) {
                out.append(": ").append(problem.packageError()).append('\n');
                continue;
            }
            out.append(": ").append(countsOf(problem));
            problem.apis().ifPresent(apis -> out.append("; allows ").append(apis.summary()));
            out.append('\n');
            for (SolutionCheck check : problem.checks()) {
                if (!check.asExpected()) {
                    out.append("    ").append(style.bad(describe(check))).append('\n');
                } else if (check.detail().contains("; growth ")) {
                    out.append("    ").append(style.dim(check.kind().name().toLowerCase(java.util.Locale.ROOT) + " "
                            + check.name() + ":" + check.detail().substring(check.detail().indexOf("; growth ") + 1)))
                            .append('\n');
                }
            }
            if (problem.checks().stream().noneMatch(check -> check.kind() == CheckKind.ACCEPTED_HIDDEN)) {
                out.append("    ").append(style.bad("no accepted solution in solutions/accepted/")).append('\n');
            }
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    public static String summary(VerificationReport report) {
        return "Verified " + report.problems().size() + " problem" + (report.problems().size() == 1 ? "" : "s") + ": "
                + report.countAsExpected(CheckKind.ACCEPTED_HIDDEN) + "/" + report.count(CheckKind.ACCEPTED_HIDDEN)
                + " accepted solutions passed, "
                + report.countAsExpected(CheckKind.WRONG) + "/" + report.count(CheckKind.WRONG)
                + " wrong solutions killed, "
                + report.countAsExpected(CheckKind.SLOW) + "/" + report.count(CheckKind.SLOW)
                + " slow solutions timed out, "
                + report.countAsExpected(CheckKind.STARTER) + "/" + report.count(CheckKind.STARTER)
                + " starters compile and fail, "
                + report.countAsExpected(CheckKind.BUG_NOTE) + "/" + report.count(CheckKind.BUG_NOTE)
                + " wrong solutions have a BUG.md and "
                + report.countAsExpected(CheckKind.HANDOUT) + "/" + report.count(CheckKind.HANDOUT)
                + " compile as handed out. " + (report.passed() ? "All as expected." : "NOT as expected.");
    }

    private static String countsOf(ProblemVerification problem) {
        long accepted = problem.checks().stream().filter(check -> check.kind() == CheckKind.ACCEPTED_HIDDEN).count();
        long wrong = problem.checks().stream().filter(check -> check.kind() == CheckKind.WRONG).count();
        long wrongKilled = problem.checks().stream()
                .filter(check -> check.kind() == CheckKind.WRONG && check.asExpected()).count();
        long slow = problem.checks().stream().filter(check -> check.kind() == CheckKind.SLOW).count();
        long slowTimedOut = problem.checks().stream()
                .filter(check -> check.kind() == CheckKind.SLOW && check.asExpected()).count();
        long notes = problem.checks().stream()
                .filter(check -> check.kind() == CheckKind.BUG_NOTE && check.asExpected()).count();
        return accepted + " accepted, " + wrongKilled + "/" + wrong + " wrong killed, " + slowTimedOut + "/" + slow
                + " slow timed out, " + notes + "/" + wrong + " BUG.md";
    }

    private static String describe(SolutionCheck check) {
        String expected = switch (check.kind()) {
            case STARTER -> "the starter should compile and fail the tests";
            case ACCEPTED_HIDDEN -> "should pass the hidden tests";
            case ACCEPTED_SAMPLE -> "should pass the sample tests";
            case WRONG -> "should be rejected by a hidden test";
            case SLOW -> "should exceed the time limit";
            case BUG_NOTE -> "every wrong solution needs a BUG.md: what is wrong and which input exposes it";
            case HANDOUT -> "the code a debug drill hands out (comments stripped) should compile against the tests";
        };
        return check.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + check.name() + ": got "
                + check.detail() + "; " + expected;
    }
}
