package dev.drilljudge.result;

import dev.drilljudge.readability.Readability;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.verdict.Judgement;

/**
 * The one result model every renderer reads for one submission.
 *
 * @param readability null when the analysis did not run (e.g. `judge run`)
 * @param scores      null when the submission was not scored (e.g. `judge run`)
 */
public record JudgeReport(Judgement judgement, Readability readability, Scorecard scores) {
}
