package dev.drilljudge.cli;

import dev.drilljudge.readability.ReadabilityConfig;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** `--config FILE` for the readability settings; `./drill-judge.yaml` is used when present. */
public final class ReadabilityConfigOption {
    static final String DEFAULT_CONFIG = "drill-judge.yaml";

    @Option(names = "--config", paramLabel = "FILE",
            description = "Readability settings (default: ./" + DEFAULT_CONFIG + " if present).")
    Path config;

    ReadabilityConfig load() {
        Path file = file();
        return file == null ? ReadabilityConfig.defaults() : ReadabilityConfig.load(file);
    }

    /** The settings file this command reads: --config, else ./drill-judge.yaml if present, else null (defaults). */
    Path file() {
        if (config != null) {
            return config;
        }
        Path inWorkingDirectory = Path.of(DEFAULT_CONFIG);
        return Files.isRegularFile(inWorkingDirectory) ? inWorkingDirectory : null;
    }
}
