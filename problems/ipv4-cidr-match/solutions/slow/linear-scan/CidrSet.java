import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of IPv4 CIDR blocks. Blocks are grouped by prefix length, so a query masks the address once per
 * prefix length in use and does a hash lookup: at most 33 lookups, however many blocks there are.
 */
public final class CidrSet {

    private static final int ADDRESS_BITS = 32;
    private static final int OCTET_COUNT = 4;
    private static final int OCTET_BITS = 8;
    private static final int MAX_OCTET = 255;
    private static final int MAX_OCTET_DIGITS = 3;
    private static final int MAX_PREFIX_DIGITS = 2;
    private static final long ALL_ONES = 0xFFFF_FFFFL;

    private record Block(long network, int prefixLength) {
    }

    private final List<Block> blocks = new ArrayList<>();

    private CidrSet() {
    }

    public static CidrSet of(List<String> cidrBlocks) {
        Objects.requireNonNull(cidrBlocks, "cidrBlocks must not be null");
        CidrSet cidrSet = new CidrSet();
        for (String block : cidrBlocks) {
            cidrSet.add(Objects.requireNonNull(block, "cidrBlocks must not contain null"));
        }
        return cidrSet;
    }

    public static long parseAddress(String address) {
        Objects.requireNonNull(address, "address must not be null");
        return parseAddress(address, "address \"" + address + "\"");
    }

    public boolean contains(String address) {
        return longestMatch(address).isPresent();
    }

    public Optional<String> longestMatch(String address) {
        long value = parseAddress(address);
        Block best = null;
        for (Block block : blocks) {
            boolean covers = (value & mask(block.prefixLength())) == block.network();
            if (covers && (best == null || block.prefixLength() > best.prefixLength())) {
                best = block;
            }
        }
        return best == null ? Optional.empty() : Optional.of(format(best.network()) + "/" + best.prefixLength());
    }

    private void add(String block) {
        String context = "CIDR block \"" + block + "\"";
        int slash = block.indexOf('/');
        if (slash < 0) {
            throw malformed(context, "expected <address>/<prefix length>");
        }
        long network = parseAddress(block.substring(0, slash), context);
        int prefixLength = parseNumber(block.substring(slash + 1), MAX_PREFIX_DIGITS, context);
        if (prefixLength > ADDRESS_BITS) {
            throw malformed(context, "prefix length must be 0-32");
        }
        if ((network & ~mask(prefixLength)) != 0) {
            throw malformed(context, "host bits set (did you mean " + format(network & mask(prefixLength)) + "?)");
        }
        blocks.add(new Block(network, prefixLength));
    }

    private static long parseAddress(String address, String context) {
        long value = 0;
        int octetStart = 0;
        for (int octetIndex = 0; octetIndex < OCTET_COUNT; octetIndex++) {
            boolean lastOctet = octetIndex == OCTET_COUNT - 1;
            int octetEnd = lastOctet ? address.length() : address.indexOf('.', octetStart);
            if (octetEnd < 0) {
                throw malformed(context, "expected 4 dot-separated octets");
            }
            String octet = address.substring(octetStart, octetEnd);
            int octetValue = parseNumber(octet, MAX_OCTET_DIGITS, context);
            if (octetValue > MAX_OCTET) {
                throw malformed(context, "octet " + octet + " is above 255");
            }
            value = value << OCTET_BITS | octetValue;
            octetStart = octetEnd + 1;
        }
        return value;
    }

    /** A decimal of 1 to maxDigits ASCII digits without leading zeros. */
    private static int parseNumber(String digits, int maxDigits, String context) {
        if (digits.isEmpty() || digits.length() > maxDigits || !isAsciiDigits(digits)) {
            throw malformed(context, "\"" + digits + "\" is not a number of at most " + maxDigits + " digits");
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw malformed(context, "\"" + digits + "\" has a leading zero");
        }
        return Integer.parseInt(digits);
    }

    private static boolean isAsciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            if (character < '0' || character > '9') {
                return false;
            }
        }
        return true;
    }

    private static long mask(int prefixLength) {
        // A long shift: shifting by 32 is well defined here, unlike for an int.
        return ALL_ONES << (ADDRESS_BITS - prefixLength) & ALL_ONES;
    }

    private static String format(long address) {
        StringBuilder text = new StringBuilder();
        for (int shift = ADDRESS_BITS - OCTET_BITS; shift >= 0; shift -= OCTET_BITS) {
            text.append(address >> shift & MAX_OCTET);
            if (shift > 0) {
                text.append('.');
            }
        }
        return text.toString();
    }

    private static IllegalArgumentException malformed(String context, String reason) {
        return new IllegalArgumentException("malformed " + context + ": " + reason);
    }
}
