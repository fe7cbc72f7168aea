import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

class TimeMap {

    private static final String NO_VALUE = "";

    /** Each key's versions in the order they were set, which is timestamp order (timestamps only increase). */
    private final Map<String, List<Version>> versionsByKey = new HashMap<>();

    public TimeMap() {
        // starts empty
    }

    public void set(String key, String value, int timestamp) {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(value, "value must not be null");
        versionsByKey.computeIfAbsent(key, unused -> new ArrayList<>()).add(new Version(timestamp, value));
    }

    public String get(String key, int timestamp) {
        Objects.requireNonNull(key, "key must not be null");
        List<Version> versions = versionsByKey.get(key);
        if (versions == null) {
            return NO_VALUE;
        }
        int index = indexOfLatestAtOrBefore(versions, timestamp);
        return index < 0 ? NO_VALUE : versions.get(index).value();
    }

    /** Binary search for the last version whose timestamp is <= timestamp; -1 when every version is later. */
    private static int indexOfLatestAtOrBefore(List<Version> versions, int timestamp) {
        int low = 0;
        int high = versions.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (versions.get(middle).timestamp() <= timestamp) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    private record Version(int timestamp, String value) {
    }
}
