package dev.drilljudge.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** `--submissions DIR`: the candidate's workspace, where the judge also keeps drills and history (.judge/). */
public final class SubmissionsOption {
    @Option(names = "--submissions", paramLabel = "DIR", defaultValue = "submissions",
            description = "Submissions folder, holding .judge/drills.json and .judge/history.jsonl "
                    + "(default: ${DEFAULT-VALUE}).")
    Path submissionsDir;

    public Path directory() {
        return submissionsDir;
    }
}
