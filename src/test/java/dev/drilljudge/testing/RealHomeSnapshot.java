package dev.drilljudge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files the judge could write in the real home (from the password database, not $HOME, which the suite
 * overrides): every drill-judge folder under the XDG defaults. A snapshot compares sizes and modification times.
 */
public record RealHomeSnapshot(Map<Path, String> files) {
    private static final List<String> JUDGE_FOLDERS = List.of(".cache/drill-judge", ".config/drill-judge",
            ".local/state/drill-judge", ".local/share/drill-judge", ".drill-judge");

    public static Path realHome() {
        return Path.of(System.getProperty("user.home"));
    }

    public static RealHomeSnapshot take() {
        Map<Path, String> files = new TreeMap<>();
        for (String folder : JUDGE_FOLDERS) {
            Path root = realHome().resolve(folder);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.forEach(path -> files.put(path, describe(path)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RealHomeSnapshot(Map.copyOf(files));
    }

    /** Paths created, deleted or modified since this snapshot. */
    public List<String> changesSince() {
        Map<Path, String> now = take().files();
        List<String> changes = new ArrayList<>();
        now.forEach((path, description) -> {
            String before = files.get(path);
            if (before == null) {
                changes.add("created " + path);
            } else if (!Objects.equals(before, description)) {
                changes.add("modified " + path);
            }
        });
        files.keySet().stream().filter(path -> !now.containsKey(path))
                .forEach(path -> changes.add("deleted " + path));
        return changes;
    }

    private static String describe(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
