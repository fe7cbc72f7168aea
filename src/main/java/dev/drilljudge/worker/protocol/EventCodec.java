package dev.drilljudge.worker.protocol;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Encodes worker events as signed text lines: {@code DJ1 <base64 payload> <base64 HMAC-SHA256>}, where the
 * payload is the event's kind, its sequence number and its record components ({@link RecordWire}).
 * The key reaches the worker on stdin before any candidate code loads, so a submission that manages to write
 * to the worker's stdout still cannot produce a line the judge accepts; a line that fails the check is ignored.
 */
public final class EventCodec {
    private static final String PREFIX = "DJ1 ";
    private static final String ALGORITHM = "HmacSHA256";

    /** Each event kind by its wire name: the record's simple name. */
    private static final Map<String, Class<? extends Record>> KINDS = kinds();

    private final Mac mac;

    public EventCodec(byte[] key) {
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public synchronized String encode(Envelope envelope) {
        byte[] payload = payload(envelope);
        Base64.Encoder base64 = Base64.getEncoder();
        return PREFIX + base64.encodeToString(payload) + " " + base64.encodeToString(mac.doFinal(payload));
    }

    /** The event on a line, or empty when the line is not a correctly signed event. */
    public synchronized Optional<Envelope> decode(String line) {
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
            return parse(payload);
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] payload(Envelope envelope) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(envelope.event().getClass().getSimpleName());
            out.writeLong(envelope.sequence());
            RecordWire.write(out, (Record) envelope.event());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Optional<Envelope> parse(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        Class<? extends Record> kind = KINDS.get(in.readUTF());
        if (kind == null) {
            return Optional.empty();
        }
        long sequence = in.readLong();
        Event event = (Event) RecordWire.read(in, kind);
        return in.available() == 0 ? Optional.of(new Envelope(sequence, event)) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends Record>> kinds() {
        Map<String, Class<? extends Record>> kinds = new HashMap<>();
        for (Class<?> kind : Event.class.getPermittedSubclasses()) {
            kinds.put(kind.getSimpleName(), (Class<? extends Record>) kind);
        }
        return Map.copyOf(kinds);
    }
}
