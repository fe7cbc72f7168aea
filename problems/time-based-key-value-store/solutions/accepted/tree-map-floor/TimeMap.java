import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Alternative accepted answer: a sorted map per key answers "latest at or before" with floorEntry. */
class TimeMap {

    private static final String NO_VALUE = "";

    private final Map<String, TreeMap<Integer, String>> versionsByKey = new HashMap<>();

    public TimeMap() {
        // starts empty
    }

    public void set(String key, String value, int timestamp) {
        Objects.requireNonNull(key, "key must not be null");
        versionsByKey.computeIfAbsent(key, unused -> new TreeMap<>()).put(timestamp, value);
    }

    public String get(String key, int timestamp) {
        Objects.requireNonNull(key, "key must not be null");
        TreeMap<Integer, String> versions = versionsByKey.get(key);
        if (versions == null) {
            return NO_VALUE;
        }
        Map.Entry<Integer, String> latest = versions.floorEntry(timestamp);
        return latest == null ? NO_VALUE : latest.getValue();
    }
}
