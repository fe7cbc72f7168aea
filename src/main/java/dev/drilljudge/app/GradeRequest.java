package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemPackage;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One `judge grade` run.
 *
 * @param submissionsDir the practice repo's submissions folder, holding one folder per problem id
 * @param displayRoot    the folder report paths are relative to (the repo root, usually the working directory)
 * @param problems       the bank's problems: the hidden tests come only from here
 * @param only           problem ids to grade; empty grades every submission that matches a problem
 */
public record GradeRequest(Path submissionsDir, Path displayRoot, List<ProblemPackage> problems, Set<String> only,
                           GradeThresholds thresholds) {
    public GradeRequest {
        problems = List.copyOf(problems);
        only = Set.copyOf(only);
    }
}
