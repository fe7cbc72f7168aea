package dev.drilljudge.report.submission;

import dev.drilljudge.scoring.AmazonScore;
import dev.drilljudge.scoring.DebugScore;
import dev.drilljudge.scoring.Debrief;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.Scorecard;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The "scores" and "debrief" objects of `judge submit --format json` (part of the public contract):
 * {@code velocity} and {@code elapsedSeconds} are JSON null when the submit was not timed, never 0.
 */
public final class ScorecardJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScorecardJson() {
    }

    /** {"meta": {...}, "amazon": {...}, "overall": N}. */
    public static ObjectNode toJson(Scorecard scorecard) {
        ObjectNode scores = NODES.objectNode();
        scores.set("meta", meta(scorecard.meta()));
        scores.set("amazon", amazon(scorecard.amazon()));
        scores.put("overall", scorecard.overall());
        if (scorecard.debug() != null) {
            scores.set("debug", debug(scorecard.debug()));
        }
        return scores;
    }

    /** {"meta": "...", "amazon": "..."}. */
    public static ObjectNode debriefJson(Debrief debrief) {
        ObjectNode node = NODES.objectNode();
        node.put("meta", debrief.meta());
        node.put("amazon", debrief.amazon());
        if (debrief.debug() != null) {
            node.put("debug", debrief.debug());
        }
        return node;
    }

    /** Only on a debug drill: {"total", "velocity", "fixPrecision", "diffLines", "seededDiffLines", "causeStated"}. */
    private static ObjectNode debug(DebugScore debug) {
        ObjectNode node = NODES.objectNode();
        node.put("total", debug.total());
        putNullable(node, "velocity", debug.velocity() == null ? null : debug.velocity().longValue());
        node.put("fixPrecision", debug.fixPrecision());
        node.put("diffLines", debug.diffLines());
        node.put("seededDiffLines", debug.seededDiffLines());
        node.put("causeStated", debug.causeStated());
        node.put("rewrite", debug.rewrite());
        return node;
    }

    private static ObjectNode meta(MetaScore meta) {
        ObjectNode node = NODES.objectNode();
        node.put("total", meta.total());
        node.put("correctness", meta.correctness());
        putNullable(node, "velocity", meta.velocity() == null ? null : meta.velocity().longValue());
        node.put("firstTimeRight", meta.firstTimeRight());
        node.put("complexity", meta.complexity());
        putNullable(node, "elapsedSeconds", meta.elapsedSeconds());
        node.put("targetSeconds", meta.targetSeconds());
        node.put("rejectedAttempts", meta.rejectedAttempts());
        return node;
    }

    private static ObjectNode amazon(AmazonScore amazon) {
        ObjectNode node = NODES.objectNode();
        node.put("total", amazon.total());
        node.put("readability", amazon.readability());
        node.put("edgeCases", amazon.edgeCases());
        node.put("correctness", amazon.correctness());
        return node;
    }

    private static void putNullable(ObjectNode node, String field, Long value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.longValue());
        }
    }
}
