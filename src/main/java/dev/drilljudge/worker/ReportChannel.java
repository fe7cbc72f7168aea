package dev.drilljudge.worker;

import dev.drilljudge.worker.protocol.Envelope;
import dev.drilljudge.worker.protocol.Event;
import dev.drilljudge.worker.protocol.EventCodec;

import java.io.PrintStream;

/** Writes signed events to the worker's real stdout, which only the worker holds once the job starts. */
final class ReportChannel {
    private final PrintStream realStdout;
    private final EventCodec codec;
    private long sequence;

    ReportChannel(PrintStream realStdout, byte[] key) {
        this.realStdout = realStdout;
        this.codec = new EventCodec(key);
    }

    synchronized void send(Event event) {
        realStdout.println(codec.encode(new Envelope(sequence++, event)));
        realStdout.flush();
    }
}
