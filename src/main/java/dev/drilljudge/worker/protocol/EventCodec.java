package dev.drilljudge.worker.protocol;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Encodes worker events as signed text lines: {@code DJ1 <base64 payload> <base64 HMAC-SHA256>}.
 * The key reaches the worker on stdin before any candidate code loads, so a submission that manages to write
 * to the worker's stdout still cannot produce a line the judge accepts; a line that fails the check is ignored.
 */
public final class EventCodec {
    private static final String PREFIX = "DJ1 ";
    private static final String ALGORITHM = "HmacSHA256";

    private final Mac mac;

    public EventCodec(byte[] key) {
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public synchronized String encode(Event event) {
        byte[] payload = payload(event);
        Base64.Encoder base64 = Base64.getEncoder();
        return PREFIX + base64.encodeToString(payload) + " " + base64.encodeToString(mac.doFinal(payload));
    }

    /** The event on a line, or empty when the line is not a correctly signed event. */
    public synchronized Optional<Event> decode(String line) {
        if (line == null || !line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = line.substring(PREFIX.length()).split(" ");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getDecoder().decode(parts[0]);
            byte[] signature = Base64.getDecoder().decode(parts[1]);
            if (!MessageDigest.isEqual(mac.doFinal(payload), signature)) {
                return Optional.empty();
            }
            return Optional.of(parse(payload));
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] payload(Event event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(event.type().name());
            out.writeLong(event.sequence());
            out.writeInt(event.fields().size());
            for (String field : event.fields()) {
                byte[] utf8 = field.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Event parse(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
        EventType type = EventType.valueOf(in.readUTF());
        long sequence = in.readLong();
        int count = in.readInt();
        List<String> fields = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            fields.add(new String(in.readNBytes(in.readInt()), java.nio.charset.StandardCharsets.UTF_8));
        }
        return new Event(type, sequence, fields);
    }
}
