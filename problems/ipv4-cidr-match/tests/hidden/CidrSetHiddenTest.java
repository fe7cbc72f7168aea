import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CidrSetHiddenTest {

    private static void blockRejected(String block) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> CidrSet.of(List.of("10.0.0.0/8", block)), "block \"" + block + "\" should be rejected");
        assertTrue(String.valueOf(thrown.getMessage()).contains(block),
                "message should contain \"" + block + "\": " + thrown.getMessage());
    }

    private static void addressRejected(String address) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> CidrSet.parseAddress(address), "address \"" + address + "\" should be rejected");
        assertTrue(String.valueOf(thrown.getMessage()).contains(address),
                "message should contain \"" + address + "\": " + thrown.getMessage());
        CidrSet everything = CidrSet.of(List.of("0.0.0.0/0"));
        assertThrows(IllegalArgumentException.class, () -> everything.contains(address),
                "contains(\"" + address + "\") should be rejected");
        assertThrows(IllegalArgumentException.class, () -> everything.longestMatch(address),
                "longestMatch(\"" + address + "\") should be rejected");
    }

    private static void assertNullPointer(Executable call, String what) {
        NullPointerException thrown = assertThrows(NullPointerException.class, call, what);
        assertNotNull(thrown.getMessage(), what + ": exception needs a message");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: null arguments")
    void nullArguments() {
        assertNullPointer(() -> CidrSet.of(null), "of(null)");
        assertNullPointer(() -> CidrSet.of(Arrays.asList("10.0.0.0/8", null)), "of with a null element");
        assertNullPointer(() -> CidrSet.parseAddress(null), "parseAddress(null)");
        CidrSet set = CidrSet.of(List.of("10.0.0.0/8"));
        assertNullPointer(() -> set.contains(null), "contains(null)");
        assertNullPointer(() -> set.longestMatch(null), "longestMatch(null)");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: an empty list matches nothing")
    void emptyList() {
        CidrSet set = CidrSet.of(List.of());
        assertFalse(set.contains("10.0.0.1"), "contains on an empty set");
        assertEquals(Optional.empty(), set.longestMatch("0.0.0.0"), "longestMatch on an empty set");
        assertThrows(IllegalArgumentException.class, () -> set.contains("1.2.3"), "addresses are still validated");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: 0.0.0.0/0 matches everything")
    void prefixZero() {
        CidrSet set = CidrSet.of(List.of("0.0.0.0/0"));
        for (String address : List.of("0.0.0.0", "255.255.255.255", "10.1.2.3", "128.0.0.0", "127.255.255.255")) {
            assertTrue(set.contains(address), address + " in 0.0.0.0/0");
            assertEquals(Optional.of("0.0.0.0/0"), set.longestMatch(address), "longest match for " + address);
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: /32 blocks match exactly one address")
    void prefix32() {
        CidrSet set = CidrSet.of(List.of("255.255.255.255/32", "0.0.0.0/32", "172.16.5.4/32"));
        assertTrue(set.contains("255.255.255.255"), "255.255.255.255");
        assertTrue(set.contains("0.0.0.0"), "0.0.0.0");
        assertTrue(set.contains("172.16.5.4"), "172.16.5.4");
        assertFalse(set.contains("172.16.5.5"), "172.16.5.5");
        assertFalse(set.contains("172.16.5.3"), "172.16.5.3");
        assertFalse(set.contains("255.255.255.254"), "255.255.255.254");
        assertEquals(4_294_967_295L, CidrSet.parseAddress("255.255.255.255"), "parseAddress(255.255.255.255)");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: bad prefix lengths")
    void badPrefixLengths() {
        for (String block : List.of("10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0", "10.0.0.0/", "10.0.0.0/08",
                "10.0.0.0/8/8", "10.0.0.0/x", "10.0.0.0/ 8", "10.0.0.0/100", "/8")) {
            blockRejected(block);
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: host bits set")
    void hostBits() {
        for (String block : List.of("10.0.0.1/8", "192.168.1.128/24", "0.0.0.1/0", "172.16.0.0/11", "1.2.3.5/31")) {
            blockRejected(block);
        }
        assertTrue(CidrSet.of(List.of("172.0.0.0/11", "1.2.3.4/31")).contains("1.2.3.5"), "valid /11 and /31");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: malformed addresses")
    void malformedAddresses() {
        for (String address : List.of("256.1.1.1", "1.2.3.999", "01.2.3.4", "1.2.3.00", "1.2.3", "1.2.3.4.5",
                "1..2.3", "1.2.3.4.", ".1.2.3", "", " 1.2.3.4", "1.2.3.4 ", "+1.2.3.4", "-1.2.3.4", "a.b.c.d",
                "1.2.3.0x1", "\u0661.2.3.4", "1234.1.1.1")) {
            addressRejected(address);
        }
        blockRejected("256.0.0.0/8");
        blockRejected("010.0.0.0/8");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: nested blocks, the most specific wins")
    void nestedBlocks() {
        CidrSet set = CidrSet.of(List.of("10.1.2.0/24", "0.0.0.0/0", "10.0.0.0/8", "10.1.0.0/16", "10.1.2.3/32"));
        assertEquals(Optional.of("10.1.2.3/32"), set.longestMatch("10.1.2.3"), "10.1.2.3");
        assertEquals(Optional.of("10.1.2.0/24"), set.longestMatch("10.1.2.4"), "10.1.2.4");
        assertEquals(Optional.of("10.1.0.0/16"), set.longestMatch("10.1.3.4"), "10.1.3.4");
        assertEquals(Optional.of("10.0.0.0/8"), set.longestMatch("10.2.3.4"), "10.2.3.4");
        assertEquals(Optional.of("0.0.0.0/0"), set.longestMatch("11.0.0.0"), "11.0.0.0");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a block listed twice")
    void duplicateBlocks() {
        CidrSet set = CidrSet.of(List.of("192.168.0.0/16", "192.168.0.0/16"));
        assertEquals(Optional.of("192.168.0.0/16"), set.longestMatch("192.168.77.1"), "192.168.77.1");
        assertFalse(set.contains("192.169.0.0"), "192.169.0.0");
    }

    @Test
    @DisplayName("block boundaries: first and last address of a block")
    void blockBoundaries() {
        CidrSet set = CidrSet.of(List.of("192.168.4.0/22", "0.0.0.0/1"));
        assertFalse(set.contains("192.168.3.255"), "just before 192.168.4.0/22");
        assertTrue(set.contains("192.168.4.0"), "first address of 192.168.4.0/22");
        assertTrue(set.contains("192.168.7.255"), "last address of 192.168.4.0/22");
        assertFalse(set.contains("192.168.8.0"), "just after 192.168.4.0/22");
        assertEquals(Optional.of("192.168.4.0/22"), set.longestMatch("192.168.5.5"), "inside 192.168.4.0/22");
        assertTrue(set.contains("127.255.255.255"), "last address of 0.0.0.0/1");
        assertFalse(set.contains("128.0.0.0"), "just after 0.0.0.0/1");
    }

    @Test
    @DisplayName("parseAddress values, including above 2^31")
    void parseAddressValues() {
        assertEquals(167_772_161L, CidrSet.parseAddress("10.0.0.1"), "10.0.0.1");
        assertEquals(2_147_483_648L, CidrSet.parseAddress("128.0.0.0"), "128.0.0.0");
        assertEquals(2_886_794_753L, CidrSet.parseAddress("172.16.254.1"), "172.16.254.1");
        assertEquals(Optional.of("128.0.0.0/1"), CidrSet.of(List.of("128.0.0.0/1")).longestMatch("200.1.1.1"),
                "200.1.1.1 in 128.0.0.0/1");
    }

    @Test
    @DisplayName("every octet value parses")
    void octetValues() {
        for (int octet = 0; octet <= 255; octet++) {
            String address = octet + "." + (255 - octet) + ".0." + octet;
            long expected = ((long) octet << 24) | ((long) (255 - octet) << 16) | octet;
            assertEquals(expected, CidrSet.parseAddress(address), "parseAddress(" + address + ")");
        }
    }

    @Test
    @DisplayName("the first malformed block is reported")
    void firstMalformedBlock() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> CidrSet.of(List.of("10.0.0.0/8", "10.0.0.0/40", "300.0.0.0/8")), "two bad blocks");
        assertTrue(String.valueOf(thrown.getMessage()).contains("10.0.0.0/40"), "message names the first bad block: "
                + thrown.getMessage());
    }

    // ---- randomised differential test against a linear scan ----

    private static String format(long address) {
        return new StringBuilder(15).append(address >>> 24).append('.').append(address >>> 16 & 255).append('.')
                .append(address >>> 8 & 255).append('.').append(address & 255).toString();
    }

    private static long mask(int prefixLength) {
        return prefixLength == 0 ? 0 : 0xFFFFFFFFL << (32 - prefixLength) & 0xFFFFFFFFL;
    }

    @Test
    @DisplayName("random: 100 sets and 10000 queries against a linear scan")
    void randomisedDifferential() {
        Random random = new Random(42);
        for (int round = 0; round < 100; round++) {
            List<String> blocks = new ArrayList<>();
            List<long[]> parsed = new ArrayList<>();
            long base = random.nextLong() & 0xFFFF0000L;
            int blockCount = random.nextInt(30);
            for (int i = 0; i < blockCount; i++) {
                int prefixLength = random.nextInt(10) == 0 ? random.nextInt(33) : 12 + random.nextInt(21);
                long network = (base | random.nextInt(1 << 16)) & mask(prefixLength);
                blocks.add(format(network) + "/" + prefixLength);
                parsed.add(new long[] {network, prefixLength});
            }
            CidrSet set = CidrSet.of(blocks);
            for (int query = 0; query < 100; query++) {
                long address = random.nextInt(4) == 0 ? random.nextLong() & 0xFFFFFFFFL
                        : (base | random.nextInt(1 << 16)) & 0xFFFFFFFFL;
                int best = -1;
                for (long[] block : parsed) {
                    if ((address & mask((int) block[1])) == block[0] && block[1] > best) {
                        best = (int) block[1];
                    }
                }
                Optional<String> expected = best < 0 ? Optional.empty()
                        : Optional.of(format(address & mask(best)) + "/" + best);
                String text = format(address);
                assertEquals(expected, set.longestMatch(text), "longestMatch(" + text + ") round " + round);
                assertEquals(best >= 0, set.contains(text), "contains(" + text + ") round " + round);
            }
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 60000 blocks and 60000 lookups")
    void manyBlocksManyLookups() {
        Random random = new Random(7);
        List<String> blocks = new ArrayList<>();
        List<String> networks = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            int prefixLength = 24 + random.nextInt(9);
            String network = format(random.nextLong() & mask(prefixLength));
            networks.add(network);
            blocks.add(new StringBuilder(18).append(network).append('/').append(prefixLength).toString());
        }
        CidrSet set = CidrSet.of(blocks);
        int matches = 0;
        for (int i = 0; i < 60_000; i++) {
            String address = i % 2 == 0 ? format(random.nextLong() & 0xFFFFFFFFL) : networks.get(i);
            if (set.contains(address)) {
                matches++;
            }
        }
        assertTrue(matches >= 30_000, "every block's own network address matches: " + matches);
    }
}
