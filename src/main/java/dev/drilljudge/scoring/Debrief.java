package dev.drilljudge.scoring;

/** One line per bar, in the words an interviewer would use in the debrief. */
public record Debrief(String meta, String amazon) {
}
