import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

class TimeMap {
    private static final Map<String, TreeMap<Integer, String>> STORE = new HashMap<>();

    public TimeMap() {
    }

    public void set(String key, String value, int timestamp) {
        STORE.computeIfAbsent(key, k -> new TreeMap<>()).put(timestamp, value);
    }

    public String get(String key, int timestamp) {
        TreeMap<Integer, String> versions = STORE.get(key);
        if (versions == null) return "";
        Map.Entry<Integer, String> entry = versions.floorEntry(timestamp);
        return entry == null ? "" : entry.getValue();
    }
}
