package dev.drilljudge.readability;

import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accepted solutions in problems/ are the model answers shown to candidates: each must meet the Amazon
 * bar (readability at least 85). Passes trivially while problems/ is empty.
 */
class AcceptedSolutionsReadabilityTest {
    static final int BAR = 85;

    /** problems/&lt;id&gt;/solutions/accepted/&lt;name&gt;/ folders, sorted. */
    static List<Path> acceptedSolutions(Path problems) throws IOException {
        if (!Files.isDirectory(problems)) {
            return List.of();
        }
        List<Path> solutions = new ArrayList<>();
        try (Stream<Path> problemFolders = Files.list(problems)) {
            for (Path problem : problemFolders.sorted().toList()) {
                Path accepted = problem.resolve("solutions").resolve("accepted");
                if (Files.isDirectory(accepted)) {
                    try (Stream<Path> names = Files.list(accepted)) {
                        names.filter(Files::isDirectory).sorted().forEach(solutions::add);
                    }
                }
            }
        }
        return solutions;
    }

    @Test
    void everyAcceptedSolutionMeetsTheBar() throws IOException {
        ReadabilityAnalyzer analyzer = new ReadabilityAnalyzer(ReadabilityConfig.defaults());
        List<String> belowTheBar = new ArrayList<>();
        for (Path solution : acceptedSolutions(Fixtures.projectRoot().resolve("problems"))) {
            List<SourceFile> sources = SourceTrees.readIfPresent(solution);
            if (sources.isEmpty()) {
                continue;
            }
            Readability readability = analyzer.analyze(sources);
            if (readability.score() < BAR) {
                belowTheBar.add(solution + " scores " + readability.score() + ":\n  " + readability.findings().stream()
                        .map(finding -> finding.file() + ":" + finding.line() + " " + finding.ruleId() + " " + finding.message())
                        .collect(Collectors.joining("\n  ")));
            }
        }
        assertThat(belowTheBar).as("accepted solutions below the readability bar of %d", BAR).isEmpty();
    }
}
