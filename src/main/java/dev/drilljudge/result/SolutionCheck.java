package dev.drilljudge.result;

import dev.drilljudge.verdict.Verdict;

/**
 * One `judge verify` check: a shipped solution (or the starter) judged, and whether it got what it should.
 *
 * @param name   the solution folder name, or "starter"
 * @param detail the judgement's headline
 */
public record SolutionCheck(String problemId, CheckKind kind, String name, Verdict verdict, boolean asExpected,
                            String detail) {
}
