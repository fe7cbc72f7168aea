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
        if (config != null) {
            return ReadabilityConfig.load(config);
        }
        Path inWorkingDirectory = Path.of(DEFAULT_CONFIG);
        return Files.isRegularFile(inWorkingDirectory)
                ? ReadabilityConfig.load(inWorkingDirectory) : ReadabilityConfig.defaults();
    }
}
