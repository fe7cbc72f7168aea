import java.util.List;

public class ErrorSpikeDetector {

    /**
     * Returns the spikes: maximal runs of event timestamps at which the last {@code windowSeconds} seconds
     * hold at least {@code minEvents} events and an error rate above {@code thresholdPercent}.
     */
    public List<Spike> findSpikes(List<Event> events, long windowSeconds, int thresholdPercent, int minEvents) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
