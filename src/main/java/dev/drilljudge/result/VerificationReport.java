package dev.drilljudge.result;

import java.util.List;

/** `judge verify` over a set of packages, with the counts its summary prints. */
public record VerificationReport(List<ProblemVerification> problems) {
    public VerificationReport {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return !problems.isEmpty() && problems.stream().allMatch(ProblemVerification::passed);
    }

    public long count(CheckKind kind) {
        return checks().filter(check -> check.kind() == kind).count();
    }

    public long countAsExpected(CheckKind kind) {
        return checks().filter(check -> check.kind() == kind && check.asExpected()).count();
    }

    private java.util.stream.Stream<SolutionCheck> checks() {
        return problems.stream().flatMap(problem -> problem.checks().stream());
    }
}
