import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ErrorSpikeDetectorSampleTest {

    private static Event ok(long timestamp) {
        return new Event(timestamp, false);
    }

    private static Event err(long timestamp) {
        return new Event(timestamp, true);
    }

    @Test
    @DisplayName("sample: statement example")
    void statementExample() {
        List<Event> events = List.of(ok(0), err(2), err(4), err(5), ok(12), ok(14), err(15), err(30));
        assertEquals(List.of(new Spike(4, 12)), new ErrorSpikeDetector().findSpikes(events, 10, 50, 3),
                "statement example: W=10, 50%, min 3");
    }

    @Test
    @DisplayName("sample: healthy traffic has no spikes")
    void healthy() {
        List<Event> events = List.of(ok(1), ok(2), err(3), ok(4), ok(5), ok(6));
        assertEquals(List.of(), new ErrorSpikeDetector().findSpikes(events, 60, 40, 2),
                "one error in 6 events: at most 1/3 = 33%, never above 40%");
    }

    @Test
    @DisplayName("sample: two separate spikes")
    void twoSpikes() {
        List<Event> events = List.of(err(0), err(1), ok(2), ok(3), ok(4), ok(5), err(20), err(21));
        assertEquals(List.of(new Spike(1, 3), new Spike(21, 21)),
                new ErrorSpikeDetector().findSpikes(events, 5, 40, 2), "W=5, 40%, min 2: 2/5 = 40% at t=4 ends the first spike");
    }
}
