package dev.drilljudge.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UserCacheFolderTest {
    @Test
    void theVariableChoosesTheFolderOrTurnsTheCacheOff() {
        assertThat(UserCacheFolder.resolve(Map.of("DRILL_JUDGE_CACHE", "/tmp/judge-cache", "HOME", "/home/ada")))
                .contains(Path.of("/tmp/judge-cache"));
        assertThat(UserCacheFolder.resolve(Map.of("DRILL_JUDGE_CACHE", "off", "HOME", "/home/ada"))).isEmpty();
    }

    @Test
    void otherwiseTheUsersCacheFolderFollowingXdg() {
        assertThat(UserCacheFolder.resolve(Map.of("XDG_CACHE_HOME", "/var/cache/ada", "HOME", "/home/ada")))
                .contains(Path.of("/var/cache/ada/drill-judge/compiled-classes"));
        assertThat(UserCacheFolder.resolve(Map.of("XDG_CACHE_HOME", "relative", "HOME", "/home/ada")))
                .contains(Path.of("/home/ada/.cache/drill-judge/compiled-classes"));
        assertThat(UserCacheFolder.resolve(Map.of())).isEqualTo(Optional.empty());
    }
}
