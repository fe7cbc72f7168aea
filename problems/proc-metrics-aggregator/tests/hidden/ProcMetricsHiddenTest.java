import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ProcMetricsHiddenTest {

    private static final double EPSILON = 1e-9;

    private static double memory(String meminfo) {
        return new ProcMetrics().memoryUsedPercent(meminfo);
    }

    private static double cpu(String earlier, String later) {
        return new ProcMetrics().cpuUtilisationPercent(earlier, later);
    }

    private static String stat(long... fields) {
        StringBuilder line = new StringBuilder("cpu ");
        for (long field : fields) {
            line.append(' ').append(field);
        }
        return line.append('\n').toString();
    }

    private static void assertRejected(Runnable call, String keyword, String what) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, call::run, what);
        assertTrue(String.valueOf(thrown.getMessage()).contains(keyword),
                what + ": the message should mention " + keyword + ", was: " + thrown.getMessage());
    }

    // ---- oracles: character-level parsing, no regex ----

    private static Long oracleValue(String line, String key) {
        if (!line.startsWith(key + ":")) {
            return null;
        }
        String rest = line.substring(key.length() + 1).trim();
        if (rest.endsWith("kB")) {
            String number = rest.substring(0, rest.length() - 2);
            if (number.equals(number.stripTrailing())) {
                return null;
            }
            rest = number.trim();
        }
        if (rest.isEmpty()) {
            return null;
        }
        for (char c : rest.toCharArray()) {
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return Long.parseLong(rest);
    }

    private static Map<String, Long> oracleMeminfo(List<String> lines) {
        Map<String, Long> values = new HashMap<>();
        for (String line : lines) {
            for (String key : List.of("MemTotal", "MemFree", "MemAvailable", "Buffers", "Cached")) {
                Long value = oracleValue(line, key);
                if (value != null && !values.containsKey(key)) {
                    values.put(key, value);
                }
            }
        }
        return values;
    }

    private static double oracleMemory(Map<String, Long> values) {
        long total = values.get("MemTotal");
        long available = values.containsKey("MemAvailable") ? values.get("MemAvailable")
                : values.get("MemFree") + values.get("Buffers") + values.get("Cached");
        double percent = 100.0 * (total - available) / total;
        return Math.max(0, Math.min(100, percent));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: meminfo blank, malformed and other-unit lines are skipped")
    void meminfoSkipsMalformedLines() {
        String meminfo = "\n   \nMemTotal: 2000 kB\ngarbage here\nMemAvailable: 12 MB\nMemAvailable: -5 kB\n"
                + "MemAvailable: abc kB\nMemAvailable:\t500 kB\nVmallocTotal:   34359738367 kB\n";
        assertEquals(75.0, memory(meminfo), EPSILON, "only 'MemAvailable:\\t500 kB' is well-formed: 75%");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: meminfo line without a colon, and a key without a value")
    void meminfoNoColonNoValue() {
        String meminfo = "MemTotal 9999 kB\nMemTotal:\nMemTotal: kB\nMemTotal: 400\nMemAvailable: 100\n";
        assertEquals(75.0, memory(meminfo), EPSILON, "first well-formed MemTotal is 400, available 100");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: meminfo duplicated key, first occurrence counts")
    void meminfoDuplicateKey() {
        String meminfo = "MemTotal: 1000 kB\nMemAvailable: 900 kB\nMemTotal: 5000 kB\nMemAvailable: 100 kB\n";
        assertEquals(10.0, memory(meminfo), EPSILON, "first MemTotal 1000 and MemAvailable 900: 10%");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: meminfo without MemAvailable uses free + buffers + cached")
    void meminfoFallback() {
        String meminfo = "MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 50 kB\nCached: 250 kB\n";
        assertEquals(60.0, memory(meminfo), EPSILON, "available = 100 + 50 + 250 = 400 of 1000");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: meminfo fallback with a missing key is rejected")
    void meminfoFallbackMissingKey() {
        assertRejected(() -> memory("MemTotal: 1000 kB\nMemFree: 100 kB\nCached: 250 kB\n"), "Buffers",
                "no MemAvailable and no Buffers");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: meminfo without MemTotal, or MemTotal 0, is rejected")
    void meminfoMissingTotal() {
        assertRejected(() -> memory("MemFree: 100 kB\nMemAvailable: 100 kB\n"), "MemTotal", "no MemTotal");
        assertRejected(() -> memory("MemTotal: 0 kB\nMemAvailable: 0 kB\n"), "MemTotal", "MemTotal 0");
        assertRejected(() -> memory(""), "MemTotal", "empty meminfo");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: available above MemTotal is clamped to 0%")
    void meminfoClamped() {
        assertEquals(0.0, memory("MemTotal: 1000 kB\nMemAvailable: 1200 kB\n"), EPSILON, "available 1200 of 1000");
        assertEquals(100.0, memory("MemTotal: 1000 kB\nMemAvailable: 0 kB\n"), EPSILON, "available 0 of 1000");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: stat cpu line after other lines, cpu0 lines are not it")
    void statCpuLineNotFirst() {
        String earlier = "intr 5 6 7\ncpu0 1 1 1 1\ncpu  10 0 0 90\ncpu1 5 5 5 5\n";
        String later = "cpu0 900 0 0 0\nbogus line\ncpu  30 0 0 170\n";
        assertEquals(20.0, cpu(earlier, later), EPSILON, "aggregate busy +20, idle +80");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: stat with 4 fields (old kernel) and with more than 10")
    void statFieldCounts() {
        assertEquals(50.0, cpu("cpu  0 0 0 0\n", "cpu  10 10 30 50\n"), EPSILON, "4 fields: busy +50 of 100");
        assertEquals(30.0, cpu(stat(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 7), stat(10, 0, 10, 60, 10, 5, 5, 0, 0, 0, 99, 99)),
                EPSILON, "12 fields: the last two are ignored");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: guest time is not added to the total")
    void statGuestNotCounted() {
        assertEquals(25.0, cpu(stat(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), stat(20, 5, 0, 75, 0, 0, 0, 0, 20, 5)), EPSILON,
                "guest 20 and guest_nice 5 are inside user 20 and nice 5");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: counters beyond the int range")
    void statLargeCounters() {
        long base = 5_000_000_000L;
        assertEquals(10.0, cpu(stat(base, 0, base, base, 0, 0, 0, 0), stat(base + 100, 0, base, base + 900, 0, 0, 0, 0)),
                EPSILON, "counters around 5e9");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: identical snapshots give 0, not NaN")
    void statIdenticalSnapshots() {
        String snapshot = stat(100, 2, 30, 400, 5, 0, 1, 0, 0, 0);
        assertEquals(0.0, cpu(snapshot, snapshot), 0.0, "no time passed");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: stat without a cpu line, or with a malformed one, is rejected")
    void statMalformed() {
        String good = stat(1, 1, 1, 1);
        assertRejected(() -> cpu("cpu0 1 2 3 4\nintr 1\n", good), "cpu", "no aggregate cpu line");
        assertRejected(() -> cpu(good, "cpu  1 2 3\n"), "cpu", "cpu line with 3 fields");
        assertRejected(() -> cpu(good, "cpu  1 2 x 4\n"), "x", "cpu field 'x'");
        assertRejected(() -> cpu("cpu  1 2 -3 4\n", good), "-3", "cpu field '-3'");
        assertRejected(() -> cpu("", good), "cpu", "empty stat");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: counters that went backwards are rejected")
    void statBackwards() {
        assertRejected(() -> cpu(stat(500, 0, 0, 500), stat(100, 0, 0, 900)), "backwards", "busy 500 -> 100");
        assertRejected(() -> cpu(stat(100, 0, 0, 900), stat(50, 0, 0, 60)), "backwards", "reboot");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: null snapshots are rejected")
    void nullArguments() {
        assertThrows(NullPointerException.class, () -> memory(null), "memoryUsedPercent(null)");
        assertThrows(NullPointerException.class, () -> cpu(null, stat(1, 1, 1, 1)), "cpuUtilisationPercent(null, ..)");
        assertThrows(NullPointerException.class, () -> cpu(stat(1, 1, 1, 1), null), "cpuUtilisationPercent(.., null)");
    }

    @Test
    @DisplayName("random: shuffled meminfo with noise against an oracle")
    void randomMeminfo() {
        Random random = new Random(42);
        String[] noise = {"", "Active(anon):  1234 kB", "junk", "Slab: 77 MB", "Dirty: -1 kB", "SwapTotal: 0 kB",
            "MemFree 12 kB", "Cached: x kB"};
        for (int round = 0; round < 300; round++) {
            long total = 1 + random.nextInt(64_000_000);
            List<String> lines = new ArrayList<>();
            lines.add("MemTotal:   " + total + " kB");
            boolean withAvailable = random.nextBoolean();
            if (withAvailable) {
                lines.add("MemAvailable: " + random.nextInt((int) Math.min(Integer.MAX_VALUE, total + total / 10)) + " kB");
            }
            for (String key : List.of("MemFree", "Buffers", "Cached")) {
                lines.add(key + ":" + " ".repeat(random.nextInt(9)) + random.nextInt((int) total / 3 + 1)
                        + (random.nextBoolean() ? " kB" : ""));
            }
            for (int i = random.nextInt(6); i > 0; i--) {
                lines.add(noise[random.nextInt(noise.length)]);
            }
            Collections.shuffle(lines, random);
            String meminfo = String.join("\n", lines);
            assertEquals(oracleMemory(oracleMeminfo(lines)), memory(meminfo), EPSILON,
                    "random meminfo round " + round);
        }
    }

    @Test
    @DisplayName("random: stat snapshot pairs against an oracle")
    void randomStat() {
        Random random = new Random(43);
        for (int round = 0; round < 300; round++) {
            int fieldCount = 4 + random.nextInt(7);
            long[] earlier = new long[fieldCount];
            long[] later = new long[fieldCount];
            for (int i = 0; i < fieldCount; i++) {
                earlier[i] = (long) (random.nextDouble() * 4_000_000_000L);
                later[i] = earlier[i] + random.nextInt(5000);
            }
            long busy = 0;
            long idle = 0;
            for (int i = 0; i < Math.min(fieldCount, 8); i++) {
                if (i == 3 || i == 4) {
                    idle += later[i] - earlier[i];
                } else {
                    busy += later[i] - earlier[i];
                }
            }
            double expected = busy + idle == 0 ? 0.0 : 100.0 * busy / (busy + idle);
            String noise = "cpu0 1 2 3 4\nctxt 123\n";
            assertEquals(expected, cpu(noise + stat(earlier), stat(later) + noise), EPSILON,
                    "random stat round " + round + " with " + fieldCount + " fields");
        }
    }
}
