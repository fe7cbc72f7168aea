package dev.drilljudge.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One candidate's practice repo as `judge grade` sees it.
 *
 * @param student        the student's folder name in a cohort; "" when one repo is graded
 * @param submissionsDir the repo's submissions folder, one folder per problem id (it may be missing in a cohort:
 *                       a student who never pushed a submission)
 */
public record PracticeRepo(String student, Path submissionsDir) {
    public PracticeRepo {
        student = student == null ? "" : student;
    }

    /**
     * The root a report's paths are relative to, for a repo graded on its own: the nearest folder at or above the
     * submissions folder's parent that holds {@code .git} (code scanning and annotations want paths from the
     * repository root), else the submissions folder's parent. It never depends on the working directory.
     */
    public static Path rootOf(Path submissionsDir) {
        Path absolute = submissionsDir.toAbsolutePath().normalize();
        Path parent = absolute.getParent() == null ? absolute : absolute.getParent();
        for (Path folder = parent; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git"))) {
                return folder;
            }
        }
        return parent;
    }
}
