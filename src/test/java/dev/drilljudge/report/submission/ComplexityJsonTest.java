package dev.drilljudge.report.submission;

import dev.drilljudge.verdict.Complexity;
import dev.drilljudge.verdict.GrowthAnswers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON contract's `complexity` object: every earlier field kept, `answers` added. */
class ComplexityJsonTest {
    @Test
    void aWrongAnswerIsInTheNoteAndTheAnswersSummary() {
        Complexity garbage = new Complexity("O(n)", null, null, true, List.of(2000, 4000), List.of(0.0, 0.0),
                "faster than 0.02 ms even at the largest sizes", 1, 1.3).withAnswers(new GrowthAnswers(10, 10, 0, 2000));

        assertThat(JsonReport.complexityJson(garbage).toString()).isEqualTo("{\"expected\":\"O(n)\",\"exponent\":null,"
                + "\"looksLike\":null,\"optimal\":false,\"sizes\":[2000,4000],\"cpuMs\":[0.0,0.0],"
                + "\"note\":\"wrong answer on a generated input of size 2000\",\"targetExponent\":1.0,"
                + "\"allowedExponent\":1.3,\"answers\":{\"checked\":10,\"wrong\":10,\"unchecked\":0,\"wrongAtSize\":2000}}");
    }

    @Test
    void aSeriesWhoseAnswersWereNotCheckedSaysSo() {
        Complexity linear = new Complexity("O(n)", 1.0, "O(n)", true, List.of(2000), List.of(0.16), "", 1, 1.3)
                .withAnswers(new GrowthAnswers(0, 0, 30, null));

        assertThat(JsonReport.complexityJson(linear).get("answers").toString())
                .isEqualTo("{\"checked\":0,\"wrong\":0,\"unchecked\":30,\"wrongAtSize\":null}");
    }
}
