import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw /proc snapshots into the two numbers a host agent reports. Parsing is kept apart from the
 * arithmetic, and every rejected input says which key or line was the problem.
 */
public class ProcMetrics {

    private static final Pattern MEMINFO_LINE = Pattern.compile("([^:\\s]+):\\s*(\\d+)(\\s+kB)?\\s*");
    private static final Pattern FIELD_SEPARATOR = Pattern.compile(" +");
    private static final Pattern COUNTER = Pattern.compile("\\d+");
    private static final double PERCENT = 100.0;

    private static final String AGGREGATE_CPU_LABEL = "cpu";
    /** user nice system idle are present on every kernel; later columns were added over time. */
    private static final int MIN_CPU_FIELDS = 4;
    /** user nice system idle iowait irq softirq steal guest guest_nice; later columns are ignored. */
    private static final int KNOWN_CPU_FIELDS = 10;
    /** The first eight; guest and guest_nice are already counted inside user and nice. */
    private static final int COUNTED_CPU_FIELDS = 8;
    private static final int IDLE_FIELD = 3;
    private static final int IOWAIT_FIELD = 4;

    public double memoryUsedPercent(String meminfo) {
        Objects.requireNonNull(meminfo, "meminfo must not be null");
        Map<String, Long> kilobytesByKey = parseMeminfo(meminfo);
        long total = requireKey(kilobytesByKey, "MemTotal");
        if (total == 0) {
            throw new IllegalArgumentException("MemTotal is 0 in the meminfo snapshot");
        }
        long available = availableMemory(kilobytesByKey);
        double usedPercent = (total - available) * PERCENT / total;
        return Math.max(0.0, Math.min(PERCENT, usedPercent));
    }

    public double cpuUtilisationPercent(String earlierStat, String laterStat) {
        Objects.requireNonNull(earlierStat, "earlierStat must not be null");
        Objects.requireNonNull(laterStat, "laterStat must not be null");
        CpuTimes earlier = parseAggregateCpu(earlierStat);
        CpuTimes later = parseAggregateCpu(laterStat);
        long busyDelta = later.busy() - earlier.busy();
        long idleDelta = later.idle() - earlier.idle();
        if (busyDelta < 0 || idleDelta < 0) {
            throw new IllegalArgumentException("cpu counters went backwards between the snapshots"
                    + " (busy " + busyDelta + ", idle " + idleDelta + "): reboot or swapped snapshots?");
        }
        long totalDelta = busyDelta + idleDelta;
        if (totalDelta == 0) {
            return 0.0;
        }
        return busyDelta * PERCENT / totalDelta;
    }

    /** Cumulative busy and idle time of all CPUs, in clock ticks. */
    private record CpuTimes(long busy, long idle) {
    }

    /** Well-formed lines only; the first occurrence of a key wins. */
    private static Map<String, Long> parseMeminfo(String meminfo) {
        Map<String, Long> kilobytesByKey = new HashMap<>();
        for (String line : meminfo.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] keyAndValue = line.split(":");
            String value = keyAndValue[1].trim().split("\\s+")[0];
            kilobytesByKey.putIfAbsent(keyAndValue[0].trim(), Long.parseLong(value));
        }
        return kilobytesByKey;
    }

    /** MemAvailable when the kernel reports it (3.14+), else the classic free + buffers + page cache. */
    private static long availableMemory(Map<String, Long> kilobytesByKey) {
        Long memAvailable = kilobytesByKey.get("MemAvailable");
        if (memAvailable != null) {
            return memAvailable;
        }
        return requireKey(kilobytesByKey, "MemFree")
                + requireKey(kilobytesByKey, "Buffers")
                + requireKey(kilobytesByKey, "Cached");
    }

    private static long requireKey(Map<String, Long> kilobytesByKey, String key) {
        Long value = kilobytesByKey.get(key);
        if (value == null) {
            throw new IllegalArgumentException("meminfo snapshot has no well-formed " + key + " line");
        }
        return value;
    }

    private static CpuTimes parseAggregateCpu(String stat) {
        for (String line : stat.split("\n")) {
            String[] tokens = FIELD_SEPARATOR.split(line.strip());
            if (tokens[0].equals(AGGREGATE_CPU_LABEL)) {
                return toCpuTimes(tokens, line);
            }
        }
        throw new IllegalArgumentException("stat snapshot has no aggregate 'cpu' line");
    }

    /** tokens[0] is the label; the counters follow it. */
    private static CpuTimes toCpuTimes(String[] tokens, String line) {
        int fieldCount = tokens.length - 1;
        if (fieldCount < MIN_CPU_FIELDS) {
            throw new IllegalArgumentException("cpu line needs at least " + MIN_CPU_FIELDS + " fields: " + line);
        }
        long busy = 0;
        long idle = 0;
        for (int field = 0; field < Math.min(fieldCount, KNOWN_CPU_FIELDS); field++) {
            long ticks = parseCounter(tokens[field + 1], line);
            if (field == IDLE_FIELD || field == IOWAIT_FIELD) {
                idle += ticks;
            } else if (field < COUNTED_CPU_FIELDS) {
                busy += ticks;
            }
        }
        return new CpuTimes(busy, idle);
    }

    private static long parseCounter(String token, String line) {
        if (!COUNTER.matcher(token).matches()) {
            throw new IllegalArgumentException("cpu field '" + token + "' is not a counter in: " + line);
        }
        return Long.parseLong(token);
    }
}
