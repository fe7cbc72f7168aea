import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventDeduplicatorSampleTest {

    @Test
    @DisplayName("sample: the statement example")
    void statementExample() {
        EventDeduplicator deduplicator = new EventDeduplicator(1000);
        assertEquals(Decision.ACCEPTED, deduplicator.accept(new Event("a", 0)), "a@0");
        assertEquals(Decision.DUPLICATE, deduplicator.accept(new Event("a", 999)), "a@999");
        assertEquals(Decision.ACCEPTED, deduplicator.accept(new Event("a", 1000)), "a@1000");
        assertEquals(Decision.ACCEPTED, deduplicator.accept(new Event("b", 1500)), "b@1500");
        assertEquals(Decision.DUPLICATE, deduplicator.accept(new Event("a", 600)), "a@600 out of order");
        assertEquals(Decision.LATE, deduplicator.accept(new Event("c", 400)), "c@400 with watermark 1500");
        assertEquals(Decision.ACCEPTED, deduplicator.accept(new Event("z", 3000)), "z@3000");
        assertEquals(2, deduplicator.trackedIds(), "ids remembered after z@3000");
    }

    @Test
    @DisplayName("sample: different ids are independent")
    void differentIds() {
        EventDeduplicator deduplicator = new EventDeduplicator(500);
        assertEquals(Decision.ACCEPTED, deduplicator.accept(new Event("order-1", 10)), "order-1@10");
        assertEquals(Decision.ACCEPTED, deduplicator.accept(new Event("order-2", 10)), "order-2@10");
        assertEquals(Decision.DUPLICATE, deduplicator.accept(new Event("order-1", 20)), "order-1@20");
        assertEquals(2, deduplicator.trackedIds(), "two ids");
    }

    @Test
    @DisplayName("sample: a zero window is rejected")
    void zeroWindow() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new EventDeduplicator(0), "windowMillis 0");
        assertTrue(thrown.getMessage().contains("windowMillis"), "message should name windowMillis");
    }
}
