package dev.drilljudge.scoring;

/** Formats a duration the way an interviewer reads a clock: 18:20, or 1:05:20 past an hour. */
public final class ClockText {
    private ClockText() {
    }

    public static String format(long seconds) {
        long magnitude = Math.abs(seconds);
        long hours = magnitude / 3600;
        long minutes = magnitude % 3600 / 60;
        long secs = magnitude % 60;
        String sign = seconds < 0 ? "-" : "";
        return hours > 0
                ? String.format("%s%d:%02d:%02d", sign, hours, minutes, secs)
                : String.format("%s%d:%02d", sign, minutes, secs);
    }
}
