package dev.drilljudge.repro;

import java.util.List;

/**
 * `judge repro`: one input run on the candidate's code and, inside the inputs contract, on the model answer.
 *
 * @param call                "twoSum(nums = [2,7,11,15], target = 9)"
 * @param contractViolations  how the input breaks the problem's inputs contract; empty when it keeps it
 * @param model               the model answer's outcome; null when not consulted (outside the contract)
 * @param matches             whether both returned the same value; null when there is nothing to compare
 * @param anyOrder            the statement accepts any order, so values were compared ignoring order
 */
public record ReproResult(String problemId, String call, List<String> contractViolations, ReproOutcome yours,
                          ReproOutcome model, Boolean matches, boolean anyOrder) {
    public ReproResult {
        contractViolations = List.copyOf(contractViolations);
    }
}
