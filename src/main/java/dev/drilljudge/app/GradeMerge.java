package dev.drilljudge.app;

import dev.drilljudge.BadInputException;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * `judge merge-grades`: the sheets of a cohort's shards as one, judged against the merge's own thresholds and
 * assignment, with the same rules as `judge grade` (an assigned problem nobody submitted is NOT_SUBMITTED).
 */
public final class GradeMerge {
    private GradeMerge() {
    }

    /**
     * @param sheets   the shards' sheets, each named by where it came from (for messages)
     * @param expected the assignment given to the merge, added to each shard's own
     */
    public static GradeSheet merge(Map<String, GradeSheet> sheets, Set<String> expected, GradeThresholds thresholds) {
        Map<String, String> seenIn = new HashMap<>();
        List<GradedSubmission> rows = new ArrayList<>();
        TreeSet<String> students = new TreeSet<>();
        TreeSet<String> assignment = new TreeSet<>(expected);
        TreeSet<String> unknown = new TreeSet<>();
        Set<String> roots = new TreeSet<>();
        boolean cohort = false;
        for (Map.Entry<String, GradeSheet> entry : sheets.entrySet()) {
            GradeSheet sheet = entry.getValue();
            cohort |= sheet.cohort();
            students.addAll(sheet.students());
            assignment.addAll(sheet.expected());
            unknown.addAll(sheet.unknownFolders());
            roots.add(String.valueOf(sheet.rootUri()));
            for (GradedSubmission row : sheet.submissions()) {
                String previous = seenIn.putIfAbsent(row.rowName(), entry.getKey());
                if (previous != null) {
                    throw new BadInputException(entry.getKey() + ": " + row.rowName() + " is graded in " + previous
                            + " too; give each shard's JSON once");
                }
                students.add(row.student());
                rows.add(row.withUnmetThresholds(thresholds.unmet(row.report())));
            }
        }
        if (!cohort) {
            students.retainAll(Set.of(""));
            students.add("");
        }
        Map<String, String> titles = new HashMap<>();
        rows.forEach(row -> titles.putIfAbsent(row.problemId(), row.title()));
        for (String student : students) {
            for (String id : assignment) {
                String name = student.isEmpty() ? id : student + "/" + id;
                if (!seenIn.containsKey(name)) {
                    rows.add(notSubmitted(student, id, titles.getOrDefault(id, id), thresholds));
                }
            }
        }
        if (rows.isEmpty()) {
            throw new BadInputException("merge-grades " + String.join(" ", sheets.keySet())
                    + ": no graded problem in these files; check that the shards graded something, or name the "
                    + "assignment with --expect");
        }
        rows.sort(Comparator.comparing(GradedSubmission::student).thenComparing(GradedSubmission::problemId));
        String root = roots.size() == 1 && !roots.contains("null") ? roots.iterator().next() : null;
        return new GradeSheet(rows, List.copyOf(unknown), cohort, cohort ? List.copyOf(students) : List.of(),
                List.copyOf(assignment), root);
    }

    private static GradedSubmission notSubmitted(String student, String id, String title, GradeThresholds thresholds) {
        String path = (student.isEmpty() ? "" : student + "/") + "submissions/" + id;
        Judgement judgement = new Judgement(id, RunMode.HIDDEN, Verdict.NOT_SUBMITTED, "NOT_SUBMITTED: no folder " + path,
                List.of(), List.of(), new Timings(0, 0, 0), "");
        JudgeReport report = new JudgeReport(judgement, null, null);
        return new GradedSubmission(student, title, path, report, false, thresholds.unmet(report));
    }
}
