package dev.drilljudge.session;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.source.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/** The candidate's folder for one problem: filled from the problem's starter, never overwritten silently. */
public final class Workspace {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private final JudgePaths paths;

    public Workspace(JudgePaths paths) {
        this.paths = paths;
    }

    /** True when submissions/&lt;id&gt;/ holds anything: that is the candidate's work. */
    public boolean hasWork(String problemId) {
        Path work = paths.workDir(problemId);
        if (!Files.exists(work)) {
            return false;
        }
        if (!Files.isDirectory(work)) {
            return true;
        }
        try (Stream<Path> children = Files.list(work)) {
            return children.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + work, e);
        }
    }

    /**
     * Refuses to touch existing work unless {@code force}; with force the old folder is moved under
     * .judge/replaced/ rather than deleted. Call before changing any state, so a refusal changes nothing.
     */
    public void checkCanStart(List<ProblemPackage> problems, boolean force) {
        if (force) {
            return;
        }
        for (ProblemPackage problem : problems) {
            if (hasWork(problem.id())) {
                throw new BadInputException(paths.workDir(problem.id()) + " already holds your work; re-run with "
                        + "--force to start over (the old folder is moved to " + paths.replacedDir() + ")");
            }
        }
    }

    /** Copies the problem's starter into submissions/&lt;id&gt;/, moving existing work aside first. */
    public Path fillFromStarter(ProblemPackage problem, Instant now) {
        Path work = paths.workDir(problem.id());
        try {
            if (hasWork(problem.id())) {
                moveAside(problem.id(), work, now);
            }
            Files.createDirectories(work);
            copyTree(problem.starterDir(), work);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the starter of " + problem.id() + " into " + work, e);
        }
        return work;
    }

    /** Writes the debug drill's handed-out code into submissions/&lt;id&gt;/, moving existing work aside first. */
    public Path fillFromHandOut(String problemId, List<SourceFile> handedOut, Instant now) {
        Path work = paths.workDir(problemId);
        try {
            if (hasWork(problemId)) {
                moveAside(problemId, work, now);
            }
            for (SourceFile source : handedOut) {
                Path file = work.resolve(source.displayPath());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.content(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the code to debug into " + work, e);
        }
        return work;
    }

    private void moveAside(String problemId, Path work, Instant now) throws IOException {
        Files.createDirectories(paths.replacedDir());
        String base = problemId + "-" + STAMP.format(now);
        Path target = paths.replacedDir().resolve(base);
        for (int n = 2; Files.exists(target); n++) {
            target = paths.replacedDir().resolve(base + "-" + n);
        }
        Files.move(work, target);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return; // starter/ is optional: the candidate starts from an empty folder
        }
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(from)) {
            entries = walk.sorted().toList();
        }
        for (Path source : entries) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.copy(source, target);
            }
        }
    }
}
