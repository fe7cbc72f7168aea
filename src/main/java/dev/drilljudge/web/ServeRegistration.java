package dev.drilljudge.web;

import dev.drilljudge.report.DocumentJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * How a running `judge serve` tells `judge run` and `judge submit` where it is: one small file per pair of folders
 * in the user's state folder ({@code $XDG_STATE_HOME/drill-judge/serve/} or {@code ~/.local/state/...}), holding
 * the port, the token and the folders. It is written to a temporary file and renamed, readable by its owner only
 * (0600, in a 0700 folder), and removed when the server stops.
 *
 * @param configFile the readability settings file the server loaded, or null for the defaults
 */
public record ServeRegistration(int port, String token, Path problemsDir, Path submissionsDir, Path configFile,
                                long pid) {
    static final String STATE_VARIABLE = "DRILL_JUDGE_STATE";

    /**
     * The user's state folder for these files: DRILL_JUDGE_STATE if set, else XDG_STATE_HOME, else
     * ~/.local/state, each + drill-judge/serve.
     */
    public static Optional<Path> folder(Map<String, String> environment) {
        String chosen = environment.get(STATE_VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            return Optional.of(Path.of(chosen));
        }
        String xdgState = environment.get("XDG_STATE_HOME");
        if (xdgState != null && Path.of(xdgState).isAbsolute()) {
            return Optional.of(Path.of(xdgState, "drill-judge", "serve"));
        }
        String home = environment.get("HOME");
        if (home != null && !home.isBlank()) {
            return Optional.of(Path.of(home, ".local", "state", "drill-judge", "serve"));
        }
        return Optional.empty();
    }

    /** The file for this pair of folders. */
    static Path file(Path registryDir, Path problemsDir, Path submissionsDir) {
        String key = normalise(problemsDir) + "\n" + normalise(submissionsDir);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return registryDir.resolve("serve-" + HexFormat.of().formatHex(digest, 0, 12) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    void write(Path registryDir) {
        ObjectNode json = DocumentJson.mapper().createObjectNode();
        json.put("port", port);
        json.put("token", token);
        json.put("problems", problemsDir.toString());
        json.put("submissions", submissionsDir.toString());
        json.put("config", configFile == null ? null : configFile.toString());
        json.put("pid", pid);
        try {
            Files.createDirectories(registryDir, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            Path temp = Files.createTempFile(registryDir, ".serve", ".tmp", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(temp, DocumentJson.render(json));
                Path target = file(registryDir, problemsDir, submissionsDir);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the server's address into " + registryDir, e);
        }
    }

    /** Removes the file, unless another server has replaced it since. */
    void remove(Path registryDir) {
        Path target = file(registryDir, problemsDir, submissionsDir);
        find(registryDir, problemsDir, submissionsDir)
                .filter(current -> current.token().equals(token))
                .ifPresent(mine -> {
                    try {
                        Files.deleteIfExists(target);
                    } catch (IOException ignored) {
                        // A stale file is harmless: a client checks the process and falls back when it is gone.
                    }
                });
    }

    /**
     * The server registered for exactly these folders, if its file is readable, names the same folders and its
     * process is alive. Anything odd means "no server": the caller judges locally.
     */
    public static Optional<ServeRegistration> find(Path registryDir, Path problemsDir, Path submissionsDir) {
        Path target = file(registryDir, problemsDir, submissionsDir);
        if (!Files.isRegularFile(target)) {
            return Optional.empty();
        }
        try {
            JsonNode json = DocumentJson.mapper().readTree(Files.readString(target));
            String config = json.path("config").isString() ? json.path("config").asString() : null;
            ServeRegistration found = new ServeRegistration(json.path("port").asInt(), json.path("token").asString(),
                    Path.of(json.path("problems").asString()), Path.of(json.path("submissions").asString()),
                    config == null ? null : Path.of(config), json.path("pid").asLong());
            boolean sameFolders = found.problemsDir().equals(normalise(problemsDir))
                    && found.submissionsDir().equals(normalise(submissionsDir));
            boolean alive = ProcessHandle.of(found.pid()).map(ProcessHandle::isAlive).orElse(false);
            return sameFolders && alive && found.port() > 0 ? Optional.of(found) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Path normalise(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
