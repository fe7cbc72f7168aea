package dev.drilljudge.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DoctorCacheLayerTest {
    @TempDir
    Path home;

    @Test
    void anActiveMacNamesTheFolderAndTheKey() {
        Path folder = home.resolve("compiled-classes");

        assertThat(DoctorCommand.cacheLayer(Optional.of(folder))).isEqualTo("cache MAC: active (HMAC-SHA256 on every "
                + "entry of " + folder + ", key " + home.resolve("compiled-classes.key") + ", owner-only)");
    }

    @Test
    void anUnusableKeySaysNothingIsCached() throws IOException {
        Files.createDirectories(home.resolve("compiled-classes.key").resolve("not-a-key"));

        assertThat(DoctorCommand.cacheLayer(Optional.of(home.resolve("compiled-classes")))).isEqualTo("cache MAC: key "
                + "unusable (" + home.resolve("compiled-classes.key") + "): nothing is cached, every run compiles");
    }

    @Test
    void noCacheNeedsNoMac() {
        assertThat(DoctorCommand.cacheLayer(Optional.empty())).isEqualTo(
                "cache MAC: not needed (no compiled-classes cache: DRILL_JUDGE_CACHE=off or no home folder)");
    }
}
