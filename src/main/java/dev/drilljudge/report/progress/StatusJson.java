package dev.drilljudge.report.progress;

import dev.drilljudge.report.DocumentJson;
import dev.drilljudge.session.Drill;
import dev.drilljudge.session.MockRound;
import dev.drilljudge.session.MockRoundSummary;
import dev.drilljudge.session.SessionView;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * `judge status --format json` and GET /api/status: the open drills and mock round with their clocks, as of
 * {@code now}. A page counts down from {@code startedAt} and {@code targetSeconds} on its own clock.
 */
public final class StatusJson {
    private StatusJson() {
    }

    /**
     * {"now", "drills": [...], "round": {...} | null, "roundJustClosed": {...} | null, "lastRound": {...} | null}.
     *
     * @param lastRound the last finished mock round from the history, or null
     */
    public static ObjectNode toJson(SessionView view, MockRoundSummary lastRound) {
        ObjectNode root = DocumentJson.mapper().createObjectNode();
        root.put("now", view.now().toString());
        ArrayNode drills = root.putArray("drills");
        for (Drill drill : view.state().drills()) {
            drills.add(drill(drill, view.now()));
        }
        MockRound round = view.state().round();
        if (round == null) {
            root.putNull("round");
        } else {
            root.set("round", round(round, view.now()));
        }
        putSummary(root, "roundJustClosed", view.roundJustClosed());
        putSummary(root, "lastRound", lastRound);
        return root;
    }

    /** `judge start --format json`: {"drill": {...}, "folder": "submissions/ID"}. */
    public static ObjectNode started(Drill drill, String folder) {
        ObjectNode root = DocumentJson.mapper().createObjectNode();
        root.set("drill", drill(drill, drill.startedAt()));
        root.put("folder", folder);
        return root;
    }

    /** One drill: {"id", "problem", "style", "round", "startedAt", "targetSeconds", "elapsedSeconds", ...}. */
    public static ObjectNode drill(Drill drill, Instant now) {
        ObjectNode node = DocumentJson.mapper().createObjectNode();
        node.put("id", drill.id());
        node.put("problem", drill.problem());
        node.put("style", drill.style().label());
        node.put("round", drill.round());
        node.put("startedAt", drill.startedAt().toString());
        node.put("targetSeconds", drill.targetSeconds());
        node.put("open", drill.isOpen());
        long elapsed = drill.isOpen() ? drill.elapsedSeconds(now) : drill.elapsedAtClose();
        node.put("elapsedSeconds", elapsed);
        node.put("remainingSeconds", drill.targetSeconds() - elapsed);
        node.put("attempts", drill.attempts().size());
        node.put("rejectedAttempts", drill.rejectedAttempts());
        node.put("outcome", drill.outcome() == null ? null : drill.outcome().name());
        return node;
    }

    private static ObjectNode round(MockRound round, Instant now) {
        ObjectNode node = DocumentJson.mapper().createObjectNode();
        long elapsed = Math.max(0, Duration.between(round.startedAt(), now).getSeconds());
        node.put("id", round.id());
        node.put("style", round.style().label());
        node.put("seed", round.seed());
        node.put("startedAt", round.startedAt().toString());
        node.put("durationSeconds", round.durationSeconds());
        node.put("elapsedSeconds", elapsed);
        node.put("remainingSeconds", Math.max(0, round.durationSeconds() - elapsed));
        ArrayNode problems = node.putArray("problems");
        round.problems().forEach(problems::add);
        node.put("compileErrorCounts", round.compileErrorCounts());
        return node;
    }

    private static void putSummary(ObjectNode root, String field, MockRoundSummary summary) {
        if (summary == null) {
            root.putNull(field);
            return;
        }
        ObjectNode node = DocumentJson.mapper().valueToTree(summary);
        node.put("style", summary.style().name().toLowerCase(Locale.ROOT));
        node.set("text", textLines(summary));
        root.set(field, node);
    }

    /** The summary as `judge mock` prints it, so the page shows the very same words. */
    private static ArrayNode textLines(MockRoundSummary summary) {
        ArrayNode lines = DocumentJson.mapper().createArrayNode();
        MockRoundText.lines(summary).forEach(lines::add);
        return lines;
    }
}
