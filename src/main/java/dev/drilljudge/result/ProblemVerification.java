package dev.drilljudge.result;

import java.util.List;

/**
 * `judge verify` on one package.
 *
 * @param packageError empty when the package loads; else the one-line validation error
 */
public record ProblemVerification(String problemId, String packageError, List<SolutionCheck> checks) {
    public ProblemVerification {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return packageError.isEmpty() && checks.stream().allMatch(SolutionCheck::asExpected)
                && checks.stream().anyMatch(check -> check.kind() == CheckKind.ACCEPTED_HIDDEN);
    }
}
