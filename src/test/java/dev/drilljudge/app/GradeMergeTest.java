package dev.drilljudge.app;

import dev.drilljudge.BadInputException;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradeMergeTest {
    private static final GradeThresholds REQUIRE_ACCEPTED =
            new GradeThresholds(true, OptionalInt.empty(), OptionalInt.empty());

    @Test
    void shardsMergeInStudentOrderUnderTheMergesThresholds() {
        Map<String, GradeSheet> shards = new LinkedHashMap<>();
        shards.put("shard-2.json", sheet(List.of("alice"), row("alice", "two-sum", Verdict.WRONG_ANSWER)));
        shards.put("shard-1.json", sheet(List.of("bob", "carol"), row("bob", "two-sum", Verdict.ACCEPTED)));

        GradeSheet merged = GradeMerge.merge(shards, Set.of(), REQUIRE_ACCEPTED);

        assertThat(merged.submissions()).extracting(GradedSubmission::rowName)
                .containsExactly("alice/two-sum", "bob/two-sum", "carol/two-sum");
        assertThat(merged.submissions()).extracting(GradedSubmission::unmetThresholds).containsExactly(
                List.of("not ACCEPTED (WRONG_ANSWER)"), List.of(), List.of("not submitted"));
        assertThat(merged.submissions().get(2).report().judgement().headline())
                .isEqualTo("NOT_SUBMITTED: no folder carol/submissions/two-sum");
        assertThat(merged.submissions().get(2).title()).isEqualTo("Title of two-sum");
        assertThat(merged.students()).containsExactly("alice", "bob", "carol");
        assertThat(merged.rootUri()).isEqualTo("file:///cohort/");
        assertThat(merged.allPass()).isFalse();
    }

    @Test
    void theMergesAssignmentAddsNotSubmittedRows() {
        GradeSheet merged = GradeMerge.merge(Map.of("a.json", sheet(List.of("bob"),
                row("bob", "two-sum", Verdict.ACCEPTED))), Set.of("lru-cache"), GradeThresholds.NONE);

        assertThat(merged.submissions()).extracting(row -> row.rowName() + " " + row.report().judgement().verdict())
                .containsExactly("bob/lru-cache NOT_SUBMITTED", "bob/two-sum ACCEPTED");
        assertThat(merged.expected()).containsExactly("lru-cache", "two-sum");
    }

    @Test
    void aRowInTwoFilesIsBadInput() {
        Map<String, GradeSheet> shards = new LinkedHashMap<>();
        shards.put("one.json", sheet(List.of("bob"), row("bob", "two-sum", Verdict.ACCEPTED)));
        shards.put("two.json", sheet(List.of("bob"), row("bob", "two-sum", Verdict.ACCEPTED)));

        assertThatThrownBy(() -> GradeMerge.merge(shards, Set.of(), GradeThresholds.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessage("two.json: bob/two-sum is graded in one.json too; give each shard's JSON once");
    }

    @Test
    void filesWithNoGradedProblemAreBadInput() {
        GradeSheet empty = new GradeSheet(List.of(), List.of(), true, List.of(), List.of(), "file:///cohort/");

        assertThatThrownBy(() -> GradeMerge.merge(Map.of("empty.json", empty), Set.of(), GradeThresholds.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessage("merge-grades empty.json: no graded problem in these files; check that the shards graded "
                        + "something, or name the assignment with --expect");
    }

    private static GradeSheet sheet(List<String> students, GradedSubmission... rows) {
        return new GradeSheet(List.of(rows), List.of(), true, students, List.of("two-sum"), "file:///cohort/");
    }

    private static GradedSubmission row(String student, String problem, Verdict verdict) {
        Judgement judgement = new Judgement(problem, RunMode.HIDDEN, verdict, verdict.name(), List.of(), List.of(),
                new Timings(1, 1, 2), "");
        return new GradedSubmission(student, "Title of " + problem, student + "/submissions/" + problem,
                new JudgeReport(judgement, null, null), false, List.of());
    }
}
