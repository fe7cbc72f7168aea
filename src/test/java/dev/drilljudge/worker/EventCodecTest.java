package dev.drilljudge.worker;

import dev.drilljudge.worker.protocol.Envelope;
import dev.drilljudge.worker.protocol.Event;
import dev.drilljudge.worker.protocol.EventCodec;
import dev.drilljudge.worker.protocol.PlanNode;
import dev.drilljudge.worker.protocol.TestOutcome;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EventCodecTest {
    private static final byte[] KEY = "worker-key-0123456789abcdef01234".getBytes(StandardCharsets.UTF_8);
    private final EventCodec worker = new EventCodec(KEY);
    private final EventCodec judge = new EventCodec(KEY);

    @Test
    void signedEventRoundTrips() {
        Envelope sent = new Envelope(7, new Event.Finished("[engine:junit-jupiter]/x", TestOutcome.PASSED,
                "ünïcode\nline", 1_234_567L));

        assertThat(judge.decode(worker.encode(sent))).contains(sent);
    }

    @Test
    void everyKindOfEventRoundTrips() {
        List<Event> events = List.of(
                new Event.Plan(List.of(new PlanNode("[engine:junit-jupiter]", "", false, "", "", "JUnit Jupiter", ""),
                        new PlanNode("id", "[engine:junit-jupiter]", true, "a.T", "m", "edge: empty", "edge,perf"))),
                new Event.Started("id"),
                new Event.Finished("id", TestOutcome.WRONG_ANSWER, "expected: 1 but was: 2", 42),
                new Event.Skipped("id", "aborted, so not passed: assumption failed", 7),
                new Event.ContainerFailed("[class:T]", TestOutcome.RUNTIME_ERROR, "java.lang.IllegalStateException"),
                new Event.OutputExceeded(),
                new Event.ThreadLimit(64),
                new Event.Output("x".repeat(70_000)),
                new Event.GrowthSize(1024),
                new Event.GrowthPoint(1024, 98_765L, 5),
                new Event.GrowthAnswer(64_000, 57L, "[" + "1,".repeat(Event.GrowthAnswer.LIMIT_CHARS / 2 - 1) + "1",
                        false, true),
                new Event.GrowthStopped("one call took more than 500 ms of CPU time at n = 2048"),
                new Event.Done("2 threads still running"));

        assertThat(Event.class.getPermittedSubclasses()).hasSize(events.size());
        for (int sequence = 0; sequence < events.size(); sequence++) {
            Envelope sent = new Envelope(sequence, events.get(sequence));
            assertThat(judge.decode(worker.encode(sent))).contains(sent);
        }
    }

    @Test
    void anAnswerAtItsLimitFitsUnderTheJudgesLineLimit() {
        Event.GrowthAnswer answer = new Event.GrowthAnswer(64_000, 57L, "9".repeat(Event.GrowthAnswer.LIMIT_CHARS),
                true, true);

        String line = worker.encode(new Envelope(3, answer));

        assertThat(line.length()).isEqualTo(666_769);
        assertThat(line.length()).isLessThan(1 << 20);
        assertThat(judge.decode(line)).contains(new Envelope(3, answer));
    }

    @Test
    void lineSignedWithAnotherKeyIsIgnored() {
        EventCodec forger = new EventCodec("guessed-key-0000000000000000000".getBytes(StandardCharsets.UTF_8));
        String forged = forger.encode(new Envelope(0, new Event.Done("")));

        assertThat(judge.decode(forged)).isEmpty();
    }

    @Test
    void tamperedPayloadIsIgnored() {
        String line = worker.encode(new Envelope(1, new Event.Finished("id", TestOutcome.WRONG_ANSWER, "", 0)));
        String passing = worker.encode(new Envelope(1, new Event.Finished("id", TestOutcome.PASSED, "", 0)));
        String[] parts = line.split(" ");
        String tampered = parts[0] + " " + passing.split(" ")[1] + " " + parts[2];

        assertThat(judge.decode(tampered)).isEmpty();
    }

    @Test
    void aSignedPayloadOfAnUnknownKindOrWithTrailingBytesIsIgnored() throws IOException {
        assertThat(judge.decode(signed(payload("Accepted", 0, new byte[0])))).isEmpty();
        assertThat(judge.decode(signed(payload("Done", 0, new byte[] {0, 0, 0, 0, 1})))).isEmpty();
        assertThat(judge.decode(signed(payload("Done", 3, new byte[] {0, 0, 0, 0}))))
                .contains(new Envelope(3, new Event.Done("")));
    }

    @Test
    void plainTextAndGarbageAreIgnored() {
        assertThat(judge.decode("ACCEPTED")).isEqualTo(Optional.empty());
        assertThat(judge.decode("DJ1 not-base64 !!")).isEmpty();
        assertThat(judge.decode(null)).isEmpty();
    }

    private static byte[] payload(String kind, long sequence, byte[] rest) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(kind);
            out.writeLong(sequence);
            out.write(rest);
        }
        return bytes.toByteArray();
    }

    private static String signed(byte[] payload) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
            Base64.Encoder base64 = Base64.getEncoder();
            return "DJ1 " + base64.encodeToString(payload) + " " + base64.encodeToString(mac.doFinal(payload));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
