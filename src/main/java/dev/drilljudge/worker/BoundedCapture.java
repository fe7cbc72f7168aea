package dev.drilljudge.worker;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the candidate's System.out and System.err go: kept in memory up to the limit. Past the limit it
 * raises a flag the judge will see and throws into the candidate's code, so 4 GiB of output costs nothing.
 */
final class BoundedCapture extends OutputStream {
    private final long limitBytes;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final Runnable onExceeded;
    private long written;
    private boolean exceeded;

    BoundedCapture(long limitBytes, Runnable onExceeded) {
        this.limitBytes = limitBytes;
        this.onExceeded = onExceeded;
    }

    @Override
    public synchronized void write(int oneByte) {
        write(new byte[] {(byte) oneByte}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        if (exceeded) {
            throw new OutputLimitExceededError(limitBytes);
        }
        written += length;
        if (written > limitBytes) {
            exceeded = true;
            onExceeded.run();
            throw new OutputLimitExceededError(limitBytes);
        }
        kept.write(bytes, offset, length);
    }

    synchronized boolean exceeded() {
        return exceeded;
    }

    synchronized String text(int maxChars) {
        String text = kept.toString(StandardCharsets.UTF_8);
        return text.length() <= maxChars ? text : text.substring(0, maxChars) + "\n[... truncated]";
    }
}
