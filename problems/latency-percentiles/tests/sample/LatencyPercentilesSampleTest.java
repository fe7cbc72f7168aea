import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LatencyPercentilesSampleTest {

    @Test
    @DisplayName("sample: the statement example")
    void statementExample() {
        LatencyPercentiles latencies = new LatencyPercentiles(new long[] {15, 20, 35, 40, 50});
        assertEquals(15, latencies.percentile(5), "p5 of [15,20,35,40,50]");
        assertEquals(20, latencies.percentile(30), "p30 of [15,20,35,40,50]");
        assertEquals(20, latencies.percentile(40), "p40 of [15,20,35,40,50]");
        assertEquals(35, latencies.percentile(50), "p50 of [15,20,35,40,50]");
        assertEquals(50, latencies.percentile(100), "p100 of [15,20,35,40,50]");
    }

    @Test
    @DisplayName("sample: summary of unsorted samples")
    void summary() {
        LatencyPercentiles latencies = new LatencyPercentiles(new long[] {50, 15, 40, 20, 35});
        assertEquals(new LatencySummary(5, 15, 35, 50, 50, 50), latencies.summary(), "summary of [50,15,40,20,35]");
    }

    @Test
    @DisplayName("sample: percent 0 is rejected")
    void zeroPercent() {
        LatencyPercentiles latencies = new LatencyPercentiles(new long[] {1, 2, 3});
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> latencies.percentile(0), "percentile(0)");
        assertTrue(thrown.getMessage().contains("percent"), "message should name percent");
    }
}
