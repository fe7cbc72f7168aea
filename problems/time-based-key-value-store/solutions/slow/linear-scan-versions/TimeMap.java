import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class TimeMap {
    private final Map<String, List<int[]>> stamps = new HashMap<>();
    private final Map<String, List<String>> values = new HashMap<>();

    public TimeMap() {
    }

    public void set(String key, String value, int timestamp) {
        stamps.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {timestamp});
        values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    public String get(String key, int timestamp) {
        List<int[]> list = stamps.get(key);
        if (list == null) return "";
        String answer = "";
        for (int i = 0; i < list.size() && list.get(i)[0] <= timestamp; i++) {
            answer = values.get(key).get(i);
        }
        return answer;
    }
}
