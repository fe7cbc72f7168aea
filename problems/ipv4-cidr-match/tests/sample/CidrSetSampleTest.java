import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CidrSetSampleTest {

    @Test
    @DisplayName("sample: the statement example")
    void statementExample() {
        CidrSet set = CidrSet.of(List.of("10.0.0.0/8", "10.1.0.0/16", "192.168.1.7/32"));
        assertTrue(set.contains("10.200.3.4"), "10.200.3.4 is in 10.0.0.0/8");
        assertEquals(Optional.of("10.1.0.0/16"), set.longestMatch("10.1.2.3"), "longest match for 10.1.2.3");
        assertEquals(Optional.of("10.0.0.0/8"), set.longestMatch("10.2.0.1"), "longest match for 10.2.0.1");
        assertFalse(set.contains("192.168.1.8"), "192.168.1.8 is outside 192.168.1.7/32");
    }

    @Test
    @DisplayName("sample: parseAddress")
    void parseAddress() {
        assertEquals(3_232_235_786L, CidrSet.parseAddress("192.168.1.10"), "192.168.1.10");
        assertEquals(0L, CidrSet.parseAddress("0.0.0.0"), "0.0.0.0");
    }

    @Test
    @DisplayName("sample: host bits set is rejected")
    void hostBitsSet() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> CidrSet.of(List.of("10.0.0.1/8")), "10.0.0.1/8");
        assertTrue(thrown.getMessage().contains("10.0.0.1/8"), "message should contain the block");
    }
}
