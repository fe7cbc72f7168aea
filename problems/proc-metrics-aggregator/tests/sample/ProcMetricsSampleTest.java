import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProcMetricsSampleTest {

    @Test
    @DisplayName("sample: memory used from MemAvailable")
    void memoryExample() {
        String meminfo = "MemTotal: 1000 kB\nMemFree: 100 kB\nMemAvailable: 250 kB\n";
        assertEquals(75.0, new ProcMetrics().memoryUsedPercent(meminfo), 1e-9, "total 1000, available 250");
    }

    @Test
    @DisplayName("sample: cpu utilisation between two snapshots")
    void cpuExample() {
        String earlier = "cpu  100 0 50 800 50 0 0 0 0 0\n";
        String later = "cpu  160 0 70 900 70 0 0 0 0 0\n";
        assertEquals(40.0, new ProcMetrics().cpuUtilisationPercent(earlier, later), 1e-9,
                "busy +80, idle +120");
    }

    @Test
    @DisplayName("sample: realistic meminfo")
    void realisticMeminfo() {
        String meminfo = "MemTotal:       16318412 kB\nMemFree:         1204560 kB\n"
                + "MemAvailable:    9876544 kB\nBuffers:          402312 kB\nCached:          7751200 kB\n"
                + "HugePages_Total:       0\n";
        assertEquals((16318412 - 9876544) * 100.0 / 16318412, new ProcMetrics().memoryUsedPercent(meminfo), 1e-9,
                "MemTotal 16318412, MemAvailable 9876544");
    }
}
