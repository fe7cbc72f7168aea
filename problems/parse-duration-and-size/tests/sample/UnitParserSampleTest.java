import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnitParserSampleTest {

    @Test
    @DisplayName("sample: durations")
    void durations() {
        assertEquals(Duration.ofMinutes(90), UnitParser.parseDuration("1h30m"), "1h30m");
        assertEquals(Duration.ofMillis(1500), UnitParser.parseDuration(" 1500ms"), "\" 1500ms\"");
        assertEquals(Duration.ZERO, UnitParser.parseDuration("0s"), "0s");
    }

    @Test
    @DisplayName("sample: sizes")
    void sizes() {
        assertEquals(536_870_912L, UnitParser.parseSize("512MiB"), "512MiB");
        assertEquals(1_500_000_000L, UnitParser.parseSize("1.5GB"), "1.5GB");
        assertEquals(4_350_000_000L, UnitParser.parseSize("4.35GB"), "4.35GB");
    }

    @Test
    @DisplayName("sample: a repeated unit is rejected")
    void repeatedUnit() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> UnitParser.parseDuration("1h1h"), "1h1h");
        assertTrue(thrown.getMessage().contains("repeated unit"), "message: " + thrown.getMessage());
        assertTrue(thrown.getMessage().contains("1h1h"), "message should quote the input: " + thrown.getMessage());
    }
}
