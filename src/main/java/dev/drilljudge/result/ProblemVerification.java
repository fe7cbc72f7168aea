package dev.drilljudge.result;

import dev.drilljudge.policy.ApiProfile;

import java.util.List;
import java.util.Optional;

/**
 * `judge verify` on one package.
 *
 * @param packageError empty when the package loads; else the one-line validation error
 * @param apis         what candidate code may use in this problem; empty when the package does not load
 */
public record ProblemVerification(String problemId, String packageError, List<SolutionCheck> checks,
                                  Optional<ApiProfile> apis) {
    public ProblemVerification {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return packageError.isEmpty() && checks.stream().allMatch(SolutionCheck::asExpected)
                && checks.stream().anyMatch(check -> check.kind() == CheckKind.ACCEPTED_HIDDEN);
    }
}
