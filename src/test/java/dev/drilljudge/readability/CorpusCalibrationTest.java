package dev.drilljudge.readability;

import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calibration corpus: the same algorithm written clean and written messy. Clean code must meet the bar
 * (at least 85, no naming findings) and score at least 10 points above its messy twin.
 */
class CorpusCalibrationTest {
    private static final Path CORPUS = Fixtures.testResources().resolve("corpus");
    private static final ReadabilityAnalyzer ANALYZER = new ReadabilityAnalyzer(ReadabilityConfig.defaults());

    static Stream<String> pairs() throws IOException {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void holdsAtLeastTwelvePairs() throws IOException {
        assertThat(pairs()).hasSizeGreaterThanOrEqualTo(12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void cleanBeatsMessyByTenPoints(String pair) {
        Readability clean = analyze(pair, "clean");
        Readability messy = analyze(pair, "messy");

        assertThat(clean.findings()).as("naming findings in %s/clean", pair)
                .noneMatch(finding -> finding.category() == Category.NAMING);
        assertThat(clean.score()).as("score of %s/clean; findings %s", pair, clean.findings()).isGreaterThanOrEqualTo(85);
        assertThat(messy.score()).as("score of %s/messy (clean scored %d)", pair, clean.score())
                .isLessThanOrEqualTo(clean.score() - 10);
    }

    private static Readability analyze(String pair, String side) {
        List<SourceFile> sources = SourceTrees.read(CORPUS.resolve(pair).resolve(side));
        assertThat(sources).as("%s/%s has sources", pair, side).isNotEmpty();
        return ANALYZER.analyze(sources);
    }
}
