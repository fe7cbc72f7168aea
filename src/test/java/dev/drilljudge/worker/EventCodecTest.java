package dev.drilljudge.worker;

import dev.drilljudge.worker.protocol.Event;
import dev.drilljudge.worker.protocol.EventCodec;
import dev.drilljudge.worker.protocol.EventType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EventCodecTest {
    private final EventCodec worker = new EventCodec("worker-key-0123456789abcdef01234".getBytes(StandardCharsets.UTF_8));
    private final EventCodec judge = new EventCodec("worker-key-0123456789abcdef01234".getBytes(StandardCharsets.UTF_8));

    @Test
    void signedEventRoundTrips() {
        Event sent = new Event(EventType.FINISHED, 7, List.of("[engine:junit-jupiter]/x", "PASSED", "ünïcode\nline"));

        assertThat(judge.decode(worker.encode(sent))).contains(sent);
    }

    @Test
    void lineSignedWithAnotherKeyIsIgnored() {
        EventCodec forger = new EventCodec("guessed-key-0000000000000000000".getBytes(StandardCharsets.UTF_8));
        String forged = forger.encode(new Event(EventType.DONE, 0, List.of()));

        assertThat(judge.decode(forged)).isEmpty();
    }

    @Test
    void tamperedPayloadIsIgnored() {
        String line = worker.encode(new Event(EventType.FINISHED, 1, List.of("id", "WRONG_ANSWER", "")));
        String[] parts = line.split(" ");
        String tampered = parts[0] + " " + Base64.getEncoder().encodeToString(
                new Event(EventType.FINISHED, 1, List.of("id", "PASSED", "")).toString().getBytes(StandardCharsets.UTF_8))
                + " " + parts[2];

        assertThat(judge.decode(tampered)).isEmpty();
    }

    @Test
    void plainTextAndGarbageAreIgnored() {
        assertThat(judge.decode("ACCEPTED")).isEqualTo(Optional.empty());
        assertThat(judge.decode("DJ1 not-base64 !!")).isEmpty();
        assertThat(judge.decode(null)).isEmpty();
    }
}
