package dev.drilljudge.debug;

import dev.drilljudge.problem.SeededBug;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The code a debug drill hands out for one seeded bug: the wrong solution's sources without their comments
 * (which often name the bug), and a fingerprint that identifies the seeded bug without naming it.
 * <p>
 * The fingerprint is what the state and the history keep while the drill is open, so neither `judge status`,
 * the JSON nor a glance at submissions/.judge/ gives the bug's name away; the bank maps it back at the debrief.
 */
public record HandOut(SeededBug bug, List<SourceFile> sources, String fingerprint) {
    public HandOut {
        sources = List.copyOf(sources);
    }

    public static HandOut of(SeededBug bug) {
        List<SourceFile> original = SourceTrees.read(bug.directory()).stream()
                .sorted(Comparator.comparing(SourceFile::displayPath)).toList();
        List<SourceFile> stripped = original.stream()
                .map(source -> new SourceFile(source.displayPath(),
                        CommentStripper.strip(source.content()).orElse(source.content())))
                .toList();
        return new HandOut(bug, stripped, fingerprint(bug.problemId(), original));
    }

    /** SHA-256 of the problem id and the wrong solution's files: stable while the bank's file is unchanged. */
    static String fingerprint(String problemId, List<SourceFile> original) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((problemId + "\n").getBytes(StandardCharsets.UTF_8));
            for (SourceFile source : original) {
                digest.update((source.displayPath() + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(source.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
