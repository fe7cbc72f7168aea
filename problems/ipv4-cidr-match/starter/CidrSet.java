import java.util.List;
import java.util.Optional;

public final class CidrSet {

    public static CidrSet of(List<String> cidrBlocks) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static long parseAddress(String address) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public boolean contains(String address) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public Optional<String> longestMatch(String address) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
