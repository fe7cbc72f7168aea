package dev.drilljudge.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line per bar, in the words an interviewer would use in the debrief.
 *
 * @param debug the debug drill's line; null unless the submission answers a debug drill
 */
public record Debrief(String meta, String amazon, @JsonInclude(JsonInclude.Include.NON_NULL) String debug) {
    public Debrief(String meta, String amazon) {
        this(meta, amazon, null);
    }
}
