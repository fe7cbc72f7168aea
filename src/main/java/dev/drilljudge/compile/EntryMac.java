package dev.drilljudge.compile;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * HMAC-SHA256 of one cache entry: its cache key, then each class's name and bytes in name order, every part
 * length-prefixed so no two different entries hash alike. Binding the cache key means an entry is only valid under
 * the name it was stored by: the sample tests' entry copied over the hidden tests' fails.
 */
final class EntryMac {
    static final EntryMac NONE = new EntryMac(new byte[CacheKeyFile.KEY_BYTES]);
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] DOMAIN = "drill-judge compiled-classes entry v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;

    EntryMac(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    String sign(String cacheKey, Map<String, byte[]> classes) {
        return HexFormat.of().formatHex(digest(cacheKey, classes));
    }

    boolean verifies(String cacheKey, Map<String, byte[]> classes, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(signature.strip());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(digest(cacheKey, classes), claimed);
    }

    private byte[] digest(String cacheKey, Map<String, byte[]> classes) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            update(mac, DOMAIN);
            update(mac, cacheKey.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> compiled : new TreeMap<>(classes).entrySet()) {
                update(mac, compiled.getKey().getBytes(StandardCharsets.UTF_8));
                update(mac, compiled.getValue());
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static void update(Mac mac, byte[] part) {
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
        mac.update(part);
    }
}
