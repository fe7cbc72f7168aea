package dev.drilljudge.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where `run` and `submit` keep compiled classes between commands: the user's own cache folder, as ccache and pip
 * do, never the practice repo, whose files a grader must not trust. DRILL_JUDGE_CACHE names another folder, or
 * turns the cache off with "off".
 */
final class UserCacheFolder {
    static final String VARIABLE = "DRILL_JUDGE_CACHE";

    private UserCacheFolder() {
    }

    static Optional<Path> forCompiledClasses() {
        return resolve(System.getenv());
    }

    static Optional<Path> resolve(Map<String, String> environment) {
        String chosen = environment.get(VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            return chosen.equals("off") ? Optional.empty() : Optional.of(Path.of(chosen));
        }
        String xdgCache = environment.get("XDG_CACHE_HOME");
        if (xdgCache != null && Path.of(xdgCache).isAbsolute()) {
            return Optional.of(Path.of(xdgCache, "drill-judge", "compiled-classes"));
        }
        String home = environment.get("HOME");
        if (home != null && !home.isBlank()) {
            return Optional.of(Path.of(home, ".cache", "drill-judge", "compiled-classes"));
        }
        return Optional.empty();
    }
}
