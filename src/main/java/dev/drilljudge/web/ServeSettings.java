package dev.drilljudge.web;

import dev.drilljudge.readability.ReadabilityConfig;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What `judge serve` serves: the same folders and settings the command line would use.
 *
 * @param port              0 for any free port
 * @param readabilityConfig the settings `judge submit` would load here
 * @param configFile        the file they came from, or null for the defaults; a command line hands its job over
 *                          only when it would load the same file
 * @param classesCache      the compiled-classes cache folder shared with `run` and `submit`, if any
 * @param registryDir       where the server announces its port and token to `run` and `submit` (the user's state
 *                          folder), or empty to announce nothing
 */
public record ServeSettings(Path problemsDir, Path submissionsDir, ReadabilityConfig readabilityConfig,
                            Path configFile, Optional<Path> classesCache, int port, Optional<Path> registryDir) {
    public ServeSettings {
        problemsDir = problemsDir.toAbsolutePath().normalize();
        submissionsDir = submissionsDir.toAbsolutePath().normalize();
        configFile = configFile == null ? null : configFile.toAbsolutePath().normalize();
    }
}
