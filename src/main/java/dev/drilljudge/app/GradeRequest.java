package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemPackage;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One `judge grade` run.
 *
 * @param repos      the practice repos to grade: one, or a cohort's (already cut to a shard)
 * @param cohort     true for `judge grade --cohort`: a student's missing submissions folder is a student with
 *                   nothing submitted, not bad input
 * @param root       the folder report paths are relative to: the repo root, or the cohort folder
 * @param bankDir    where the bank was read from, for messages
 * @param problems   the bank's problems: the hidden tests come only from here
 * @param only       problem ids to grade; empty grades every submission that matches a problem
 * @param expected   the assignment: a problem id here with no submission folder is a NOT_SUBMITTED row
 */
public record GradeRequest(List<PracticeRepo> repos, boolean cohort, Path root, Path bankDir,
                           List<ProblemPackage> problems, Set<String> only, Set<String> expected,
                           GradeThresholds thresholds) {
    public GradeRequest {
        repos = List.copyOf(repos);
        problems = List.copyOf(problems);
        only = Set.copyOf(only);
        expected = Set.copyOf(expected);
    }

    /** One practice repo, with no assignment. */
    public GradeRequest(Path submissionsDir, Path root, List<ProblemPackage> problems, Set<String> only,
                        GradeThresholds thresholds) {
        this(List.of(new PracticeRepo("", submissionsDir)), false, root, Path.of("problems"), problems, only,
                Set.of(), thresholds);
    }
}
