package dev.drilljudge.result;

import dev.drilljudge.verdict.Verdict;

/**
 * One `judge verify` check: a shipped solution (or the starter) judged, and whether it got what it should.
 *
 * @param name    the solution folder name, or "starter"
 * @param verdict the judgement's verdict; null for a check that runs nothing (BUG_NOTE)
 * @param detail  the judgement's headline, or what the check found
 */
public record SolutionCheck(String problemId, CheckKind kind, String name, Verdict verdict, boolean asExpected,
                            String detail) {
}
