package dev.drilljudge.report.submission;

import dev.drilljudge.repro.ReproOutcome;
import dev.drilljudge.repro.ReproResult;

import java.util.ArrayList;
import java.util.List;

/** `judge repro` as text: the call, what your code did, and what the model answer did when it was consulted. */
public final class ReproText {
    private ReproText() {
    }

    public static List<String> lines(ReproResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("Call        " + result.call());
        lines.add("Your code   " + describe(result.yours()));
        if (!result.yours().printed().isEmpty()) {
            lines.add("  printed   " + result.yours().printed().strip().replace("\n", "\n            "));
        }
        if (!result.contractViolations().isEmpty()) {
            lines.add("Model       not consulted: the input is outside the problem's inputs contract ("
                    + String.join("; ", result.contractViolations()) + "), so any behaviour is acceptable here");
            return lines;
        }
        if (result.model() == null) {
            lines.add("Model       not consulted: the problem ships no accepted solution");
            return lines;
        }
        lines.add("Model       " + describe(result.model()));
        if (result.matches() == null) {
            lines.add("            cannot compare: " + (result.yours().ok() && result.model().ok()
                    ? "a result was too long to show in full"
                    : "your code did not run, or neither call returned a value"));
        } else if (result.matches()) {
            lines.add("            same as the model answer" + (result.anyOrder() ? " (in any order)" : ""));
        } else {
            lines.add("            DIFFERS from the model answer" + (result.anyOrder()
                    ? " (even ignoring order, which the statement allows)" : "") + ": this input reproduces the bug");
        }
        return lines;
    }

    private static String describe(ReproOutcome outcome) {
        if (outcome.ok()) {
            return "returned " + outcome.result() + (outcome.cut() ? "… (cut)" : "") + "  (" + outcome.timeMs()
                    + " ms)";
        }
        return outcome.status() + (outcome.message().isEmpty() ? "" : ": " + outcome.message());
    }
}
