package dev.drilljudge.worker;

import dev.drilljudge.worker.protocol.GrowthCall;
import dev.drilljudge.worker.protocol.GrowthJob;
import dev.drilljudge.worker.protocol.Job;
import dev.drilljudge.worker.protocol.JobCodec;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobCodecTest {
    private static final byte[] KEY = "worker-key-0123456789abcdef01234".getBytes(StandardCharsets.UTF_8);

    @Test
    void aGrowthJobRoundTripsWithEveryBatchSetting() throws IOException {
        GrowthJob growth = new GrowthJob("TwoSumInputs", "Solution", "twoSum", List.of(2000, 4000, 8000), 42, 2, 5,
                200_000_000L, 500_000_000L, 1_000_000L, 64, 1L << 20, 20_000_000L, true, -7_311_522_001L,
                List.of(new GrowthCall(64_000, 57), new GrowthCall(2000, 43)));
        Job sent = new Job(KEY, false, List.of("java.util.concurrent"), 65_536,
                Map.of("Solution", new byte[] {1, 2, 3}), Map.of("TwoSumInputs", new byte[] {4}), Map.of(),
                List.of(), Set.of("[engine:junit-jupiter]/done"), growth);

        Job received = roundTrip(sent);

        assertThat(received.growth()).isEqualTo(growth);
        assertThat(received.signingKey()).isEqualTo(KEY);
        assertThat(received.allowApis()).containsExactly("java.util.concurrent");
        assertThat(received.outputLimitBytes()).isEqualTo(65_536);
        assertThat(received.candidateClasses().get("Solution")).containsExactly(1, 2, 3);
        assertThat(received.excludedTestIds()).containsExactly("[engine:junit-jupiter]/done");
    }

    @Test
    void aTestRunHasNoGrowthJob() throws IOException {
        Job sent = new Job(KEY, true, List.of(), 1024, Map.of(), Map.of(), Map.of("SolutionTest", new byte[] {9}),
                List.of("SolutionTest"), Set.of());

        assertThat(roundTrip(sent).growth()).isNull();
        assertThat(roundTrip(sent).testClassNames()).containsExactly("SolutionTest");
    }

    @Test
    void bytesThatAreNotAJobAreRefused() {
        DataInputStream garbage = new DataInputStream(new ByteArrayInputStream(new byte[] {0, 1, 2, 3, 4, 5, 6, 7}));

        assertThatThrownBy(() -> JobCodec.read(garbage)).isInstanceOf(IOException.class)
                .hasMessage("not a Drill Judge job");
    }

    private static Job roundTrip(Job sent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JobCodec.write(sent, new DataOutputStream(bytes));
        return JobCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
