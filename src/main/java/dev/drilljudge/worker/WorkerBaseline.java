package dev.drilljudge.worker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a worker looks like before any candidate code runs: its live threads and its system properties. After a job
 * the worker compares itself with it; a worker that is not back to its baseline (a thread left running, a property
 * set, removed or changed) tells the judge, which then never gives it another job. System properties are also put
 * back before every job, so even a reused worker never hands one job's properties to the next.
 */
final class WorkerBaseline {
    private static final int MAX_NAMED = 5;

    private final Set<Long> threadIds;
    private final Map<String, String> properties;

    private WorkerBaseline(Set<Long> threadIds, Map<String, String> properties) {
        this.threadIds = threadIds;
        this.properties = properties;
    }

    static WorkerBaseline capture() {
        return new WorkerBaseline(liveThreads().keySet(), snapshot(System.getProperties()));
    }

    /** Puts the system properties back as they were at the baseline. */
    void restoreProperties() {
        Properties restored = new Properties();
        restored.putAll(properties);
        System.setProperties(restored);
    }

    /**
     * Empty when the worker is back to its baseline; else what differs, for the judge's log. {@code ignored} are
     * the worker's own threads of the job (its watchdog), which end on their own.
     */
    String differences(Set<Thread> ignored) {
        List<String> differences = new ArrayList<>();
        Set<String> extraThreads = new TreeSet<>();
        liveThreads().forEach((id, thread) -> {
            if (!threadIds.contains(id) && !ignored.contains(thread)) {
                extraThreads.add(thread.getName());
            }
        });
        if (!extraThreads.isEmpty()) {
            differences.add(extraThreads.size() + " thread(s) left running: " + named(extraThreads));
        }
        Map<String, String> now = snapshot(System.getProperties());
        Set<String> changed = new TreeSet<>();
        for (String name : union(now.keySet(), properties.keySet())) {
            if (!Objects.equals(now.get(name), properties.get(name))) {
                changed.add(name);
            }
        }
        if (!changed.isEmpty()) {
            differences.add(changed.size() + " system propert" + (changed.size() == 1 ? "y" : "ies") + " changed: "
                    + named(changed));
        }
        return String.join("; ", differences);
    }

    private static Map<Long, Thread> liveThreads() {
        Map<Long, Thread> live = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive()) {
                live.put(thread.getId(), thread);
            }
        }
        return live;
    }

    /** Only string keys and values count; anything else put into the table is a difference by itself. */
    private static Map<String, String> snapshot(Properties source) {
        Map<String, String> copy = new HashMap<>();
        for (Map.Entry<Object, Object> entry : Map.copyOf(source).entrySet()) {
            copy.put(String.valueOf(entry.getKey()), entry.getKey() instanceof String && entry.getValue() instanceof String
                    ? (String) entry.getValue() : "\u0000not a string: " + entry.getValue().getClass().getName());
        }
        return copy;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new TreeSet<>(first);
        all.addAll(second);
        return all;
    }

    private static String named(Set<String> names) {
        String shown = names.stream().limit(MAX_NAMED).collect(Collectors.joining(", "));
        return names.size() > MAX_NAMED ? shown + ", ..." : shown;
    }
}
