import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sliding window over the event list with two indices: events enter at the front and leave at the back,
 * each exactly once, and the window keeps a running error count, so the whole scan is O(n).
 */
public class ErrorSpikeDetector {

    private static final int MAX_PERCENT = 100;

    public List<Spike> findSpikes(List<Event> events, long windowSeconds, int thresholdPercent, int minEvents) {
        Objects.requireNonNull(events, "events must not be null");
        requireValidParameters(windowSeconds, thresholdPercent, minEvents);
        SpikeCollector spikes = new SpikeCollector();
        int windowStart = 0;
        int windowEnd = 0;
        long errorsInWindow = 0;
        while (windowEnd < events.size()) {
            long now = events.get(windowEnd).timestamp();
            for (; windowEnd < events.size() && events.get(windowEnd).timestamp() == now; windowEnd++) {
                errorsInWindow += errorCount(events.get(windowEnd));
            }
            requireTimeOrder(events, windowEnd, now);
            errorsInWindow = 0;
            windowStart = windowEnd;
            while (windowStart > 0 && events.get(windowStart - 1).timestamp() > now - windowSeconds) {
                windowStart--;
                errorsInWindow += errorCount(events.get(windowStart));
            }
            long eventsInWindow = windowEnd - windowStart;
            boolean alarming = eventsInWindow >= minEvents
                    && errorsInWindow * MAX_PERCENT > thresholdPercent * eventsInWindow;
            spikes.record(now, alarming);
        }
        return spikes.finish();
    }

    private static void requireValidParameters(long windowSeconds, int thresholdPercent, int minEvents) {
        if (windowSeconds < 1) {
            throw new IllegalArgumentException("windowSeconds must be >= 1, was " + windowSeconds);
        }
        if (thresholdPercent < 0 || thresholdPercent > MAX_PERCENT) {
            throw new IllegalArgumentException("thresholdPercent must be in [0, 100], was " + thresholdPercent);
        }
        if (minEvents < 1) {
            throw new IllegalArgumentException("minEvents must be >= 1, was " + minEvents);
        }
    }

    /** The event after a timestamp group must not be older than the group. */
    private static void requireTimeOrder(List<Event> events, int nextIndex, long groupTimestamp) {
        if (nextIndex < events.size() && events.get(nextIndex).timestamp() < groupTimestamp) {
            throw new IllegalArgumentException("events are not in time order at index " + nextIndex
                    + ": " + events.get(nextIndex).timestamp() + " after " + groupTimestamp);
        }
    }

    private static int errorCount(Event event) {
        return event.error() ? 1 : 0;
    }

    /** Turns the sequence of (time, alarming?) evaluations into maximal alarming runs. */
    private static final class SpikeCollector {
        private final List<Spike> spikes = new ArrayList<>();
        private boolean spikeOpen;
        private long spikeStart;
        private long lastAlarmingTime;

        void record(long time, boolean alarming) {
            if (!alarming) {
                closeOpenSpike();
                return;
            }
            if (!spikeOpen) {
                spikeOpen = true;
                spikeStart = time;
            }
            lastAlarmingTime = time;
        }

        List<Spike> finish() {
            closeOpenSpike();
            return List.copyOf(spikes);
        }

        private void closeOpenSpike() {
            if (spikeOpen) {
                spikes.add(new Spike(spikeStart, lastAlarmingTime));
                spikeOpen = false;
            }
        }
    }
}
