package dev.drilljudge.report.submission;

import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextReportTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            false | false | Time: compile 420 ms, run 300 ms, other 30 ms, total 750 ms
            true  | false | Time: compile 420 ms (tests reused), run 300 ms, other 30 ms, total 750 ms
            false | true  | Time: compile 420 ms (your code reused), run 300 ms, other 30 ms, total 750 ms
            true  | true  | Time: compile 420 ms (nothing recompiled), run 300 ms, other 30 ms, total 750 ms
            """)
    void endsWithWhereTheTimeWent(boolean testsReused, boolean candidateReused, String expectedLine) {
        Judgement judgement = new Judgement("two-sum", RunMode.HIDDEN, Verdict.ACCEPTED, "ACCEPTED", List.of(),
                List.of(), new Timings(420, 300, 750, testsReused, candidateReused), "");

        String text = new TextReport(TextStyle.plain()).render(new JudgeReport(judgement, null, null));

        assertThat(text.lines().reduce((first, second) -> second)).contains(expectedLine);
    }
}
