package dev.drilljudge.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Both bars' scores for one submission, and the debrief.
 *
 * @param debug the debug-drill scorecard; null unless the submission answers a debug drill
 */
public record Scorecard(MetaScore meta, AmazonScore amazon, int overall, Debrief debrief,
                        @JsonInclude(JsonInclude.Include.NON_NULL) DebugScore debug) {
    public Scorecard(MetaScore meta, AmazonScore amazon, int overall, Debrief debrief) {
        this(meta, amazon, overall, debrief, null);
    }
}
