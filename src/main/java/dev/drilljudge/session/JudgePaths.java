package dev.drilljudge.session;

import java.nio.file.Path;

/** Where the judge keeps its own state inside the candidate's submissions folder (skipped as a source tree). */
public record JudgePaths(Path submissionsDir) {
    public Path stateDir() {
        return submissionsDir.resolve(".judge");
    }

    /** Open drills and the open mock round: small, rewritten atomically on every change. */
    public Path drillsFile() {
        return stateDir().resolve("drills.json");
    }

    /** Every drill event and attempt, one JSON line each, only ever appended. */
    public Path historyFile() {
        return stateDir().resolve("history.jsonl");
    }

    /** Where `judge start --force` moves work it replaces, so --force never destroys code. */
    public Path replacedDir() {
        return stateDir().resolve("replaced");
    }

    public Path workDir(String problemId) {
        return submissionsDir.resolve(problemId);
    }
}
