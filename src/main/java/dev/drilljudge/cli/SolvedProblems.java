package dev.drilljudge.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Whether the user has an ACCEPTED submit of a problem, from the history the drills keep. */
final class SolvedProblems {
    private static final Path HISTORY = Path.of("submissions", ".judge", "history.jsonl");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SolvedProblems() {
    }

    static boolean hasAccepted(String problemId) {
        if (!Files.isRegularFile(HISTORY)) {
            return false;
        }
        try {
            List<String> lines = Files.readAllLines(HISTORY, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (isAcceptedSubmit(line, problemId)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isAcceptedSubmit(String line, String problemId) {
        try {
            JsonNode record = JSON.readTree(line);
            return problemId.equals(record.path("problem").asString(""))
                    && "ACCEPTED".equals(record.path("verdict").asString(""));
        } catch (RuntimeException tornLine) {
            return false;
        }
    }
}
