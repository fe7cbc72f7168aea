package dev.drilljudge.problem;

import java.nio.file.Path;

/** One reference solution shipped in a problem package: solutions/&lt;kind&gt;/&lt;name&gt;/. */
public record Solution(String name, SolutionKind kind, Path directory) {
}
