import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimeMapSampleTest {

    @Test
    @DisplayName("example: a value is visible at and after its timestamp")
    void visibleAfterSet() {
        TimeMap store = new TimeMap();
        store.set("foo", "bar", 1);
        assertEquals("bar", store.get("foo", 1), "get(\"foo\", 1) after set(\"foo\", \"bar\", 1)");
        assertEquals("bar", store.get("foo", 3), "get(\"foo\", 3) after set(\"foo\", \"bar\", 1)");
    }

    @Test
    @DisplayName("example: a newer version wins from its timestamp on")
    void newerVersionWins() {
        TimeMap store = new TimeMap();
        store.set("foo", "bar", 1);
        store.set("foo", "bar2", 4);
        assertEquals("bar2", store.get("foo", 4), "get(\"foo\", 4) after versions at 1 and 4");
        assertEquals("bar2", store.get("foo", 5), "get(\"foo\", 5) after versions at 1 and 4");
        assertEquals("bar", store.get("foo", 3), "get(\"foo\", 3) after versions at 1 and 4");
    }

    @Test
    @DisplayName("example: nothing before the first version")
    void nothingBeforeFirst() {
        TimeMap store = new TimeMap();
        store.set("foo", "bar", 1);
        assertEquals("", store.get("foo", 0), "get(\"foo\", 0) after set(\"foo\", \"bar\", 1)");
    }
}
