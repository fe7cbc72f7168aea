import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

class TimeMap {
    private final Map<String, TreeMap<Integer, String>> map = new HashMap<>();

    public TimeMap() {
    }

    public void set(String key, String value, int timestamp) {
        map.computeIfAbsent(key, k -> new TreeMap<>()).put(timestamp, value);
    }

    public String get(String key, int timestamp) {
        TreeMap<Integer, String> versions = map.get(key);
        if (versions == null) return null; // should be ""
        Map.Entry<Integer, String> entry = versions.floorEntry(timestamp);
        return entry == null ? "" : entry.getValue();
    }
}
