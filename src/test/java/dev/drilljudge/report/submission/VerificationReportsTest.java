package dev.drilljudge.report.submission;

import dev.drilljudge.result.CheckKind;
import dev.drilljudge.result.ProblemVerification;
import dev.drilljudge.result.SolutionCheck;
import dev.drilljudge.result.VerificationReport;
import dev.drilljudge.policy.ApiProfile;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** `judge verify` says what each problem's candidate code may use, in text and JSON. */
class VerificationReportsTest {
    private static final VerificationReport REPORT = new VerificationReport(List.of(
            problem("two-sum", ApiProfile.defaults()),
            problem("reader", ApiProfile.forProblem(true, List.of("java.io.File", "java.lang.Thread#sleep"))),
            new ProblemVerification("broken", "problems/broken/problem.yaml: field 'title' is required", List.of(),
                    Optional.empty())));

    private static ProblemVerification problem(String id, ApiProfile apis) {
        return new ProblemVerification(id, "", List.of(new SolutionCheck(id, CheckKind.ACCEPTED_HIDDEN, "model",
                Verdict.ACCEPTED, true, "ACCEPTED (3/3 tests passed)")), Optional.of(apis));
    }

    @Test
    void textNamesTheApisOfEachProblem() {
        String text = new VerificationText(TextStyle.plain()).render(REPORT);

        assertThat(text.lines().limit(3)).containsExactly(
                "✓ two-sum: 1 accepted, 0/0 wrong killed, 0/0 slow timed out, 0/0 BUG.md; allows the default APIs",
                "✓ reader: 1 accepted, 0/0 wrong killed, 0/0 slow timed out, 0/0 BUG.md; allows the default APIs "
                        + "+ threads + java.io.File + java.lang.Thread#sleep",
                "✗ broken: problems/broken/problem.yaml: field 'title' is required");
    }

    @Test
    void jsonListsThreadsAndTheProblemsOwnEntries() {
        JsonNode problems = JsonReport.mapper().readTree(VerificationJson.render(REPORT)).get("problems");

        assertThat(problems.get(0).get("apis").get("summary").asString()).isEqualTo("the default APIs");
        assertThat(problems.get(0).get("apis").get("allowThreads").asBoolean()).isFalse();
        assertThat(problems.get(0).get("apis").get("allowApis")).isEmpty();
        JsonNode reader = problems.get(1).get("apis");
        assertThat(reader.get("allowThreads").asBoolean()).isTrue();
        assertThat(reader.get("allowApis").valueStream().map(JsonNode::asString))
                .containsExactly("java.io.File", "java.lang.Thread#sleep");
        assertThat(problems.get(2).has("apis")).isFalse();
    }
}
