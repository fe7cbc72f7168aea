package dev.drilljudge.sandbox;

import java.nio.charset.StandardCharsets;

/** Keeps only the last N bytes of a stream, so a worker printing gigabytes to stderr costs no memory. */
final class BoundedTail {
    private final byte[] ring;
    private long total;

    BoundedTail(int capacity) {
        ring = new byte[capacity];
    }

    synchronized void append(byte[] bytes, int length) {
        for (int index = 0; index < length; index++) {
            ring[(int) (total % ring.length)] = bytes[index];
            total++;
        }
    }

    synchronized String text() {
        if (total <= ring.length) {
            return new String(ring, 0, (int) total, StandardCharsets.UTF_8);
        }
        int start = (int) (total % ring.length);
        byte[] ordered = new byte[ring.length];
        System.arraycopy(ring, start, ordered, 0, ring.length - start);
        System.arraycopy(ring, 0, ordered, ring.length - start, start);
        return new String(ordered, StandardCharsets.UTF_8);
    }
}
