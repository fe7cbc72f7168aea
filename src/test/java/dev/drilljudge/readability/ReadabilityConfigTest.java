package dev.drilljudge.readability;

import dev.drilljudge.BadInputException;
import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadabilityConfigTest {
    @TempDir
    Path folder;

    private Path yaml(String text) throws IOException {
        Path file = folder.resolve("drill-judge.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static List<String> ruleIds(Readability readability) {
        return readability.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void readsEveryKey() throws IOException {
        ReadabilityConfig config = ReadabilityConfig.load(yaml("""
                readability:
                  disabled: [MAGIC_NUMBER, NESTING]
                  thresholds:
                    METHOD_LENGTH: 20
                    COGNITIVE_COMPLEXITY: 10
                  weights:
                    naming: 2
                    NAME_SHORT: 0.5
                  placeholderNames: [foo, thingy]
                  abbreviations:
                    qty: quantity
                """));
        assertThat(config.disabledRules()).containsExactlyInAnyOrder("MAGIC_NUMBER", "NESTING");
        assertThat(config.thresholds()).isEqualTo(Map.of("METHOD_LENGTH", 20, "COGNITIVE_COMPLEXITY", 10));
        assertThat(config.weights()).isEqualTo(Map.of("naming", 2.0, "NAME_SHORT", 0.5));
        assertThat(config.placeholderNames()).isEqualTo(Set.of("foo", "thingy"));
        assertThat(config.abbreviations()).isEqualTo(Map.of("qty", "quantity"));
        assertThat(config.categoryWeight(Category.NAMING)).isEqualTo(2.0);
        assertThat(config.categoryWeight(Category.MODULARITY)).isEqualTo(1.0);
        assertThat(config.ruleWeight("NAME_SHORT", Severity.MINOR)).isEqualTo(0.5);
        assertThat(config.ruleWeight("EMPTY_CATCH", Severity.CRITICAL)).isEqualTo(8.0);
    }

    @Test
    void anEmptyFileOrSectionMeansDefaults() throws IOException {
        assertThat(ReadabilityConfig.load(yaml(""))).isEqualTo(ReadabilityConfig.defaults());
        assertThat(ReadabilityConfig.load(yaml("readability:\n"))).isEqualTo(ReadabilityConfig.defaults());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "readability:\\n  thresholds:\\n    COGNITIVE_COMPLEX: 5        | `readability.thresholds.COGNITIVE_COMPLEX`",
            "readability:\\n  thresholds:\\n    METHOD_LENGTH: long         | `readability.thresholds.METHOD_LENGTH`",
            "readability:\\n  thresholds:\\n    METHOD_LENGTH: -3           | `readability.thresholds.METHOD_LENGTH`",
            "readability:\\n  thresholds:\\n    EMPTY_CATCH: 3              | `readability.thresholds.EMPTY_CATCH`",
            "readability:\\n  disabled: [NAME_SHROT]                        | `readability.disabled`",
            "readability:\\n  disabled: MAGIC_NUMBER                        | `readability.disabled`",
            "readability:\\n  weights:\\n    readability: 2               | `readability.weights.readability`",
            "readability:\\n  weights:\\n    naming: -1                   | `readability.weights.naming`",
            "readability:\\n  treshold: {}                                  | `readability.treshold`",
            "readabilty:\\n  disabled: []                                   | `readabilty`",
            "readability:\\n  abbreviations:\\n    cnt: [count]             | `readability.abbreviations.cnt`",
    })
    void anInvalidKeyIsOneLineNamingTheKey(String text, String key) throws IOException {
        Path file = yaml(text.replace("\\n", "\n"));
        assertThatThrownBy(() -> ReadabilityConfig.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(key)
                .satisfies(error -> assertThat(error.getMessage()).doesNotContain("\n"));
    }

    @Test
    void brokenYamlIsOneLine() throws IOException {
        Path file = yaml("readability:\n  disabled: [MAGIC_NUMBER\n");
        assertThatThrownBy(() -> ReadabilityConfig.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": not valid YAML")
                .satisfies(error -> assertThat(error.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThatThrownBy(() -> ReadabilityConfig.load(folder.resolve("absent.yaml")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("absent.yaml");
    }

    @Test
    void disabledRulesReportNothing() throws IOException {
        SourceFile fixture = Fixtures.resource("readability/rules/MAGIC_NUMBER.java");
        assertThat(ruleIds(new ReadabilityAnalyzer(ReadabilityConfig.defaults()).analyze(List.of(fixture))))
                .contains("MAGIC_NUMBER");
        ReadabilityConfig config = ReadabilityConfig.load(yaml("readability:\n  disabled: [MAGIC_NUMBER]\n"));
        assertThat(ruleIds(new ReadabilityAnalyzer(config).analyze(List.of(fixture)))).doesNotContain("MAGIC_NUMBER");
    }

    @Test
    void thresholdsMoveTheLimit() throws IOException {
        SourceFile fixture = Fixtures.resource("readability/rules/METHOD_LENGTH.java");
        ReadabilityConfig config = ReadabilityConfig.load(yaml("readability:\n  thresholds:\n    METHOD_LENGTH: 20\n"));
        List<Integer> lines = new ReadabilityAnalyzer(config).analyze(List.of(fixture)).findings().stream()
                .filter(finding -> finding.ruleId().equals("METHOD_LENGTH")).map(Finding::line).toList();
        assertThat(lines).containsExactly(2, 34);
    }

    @Test
    void placeholderListIsConfigurable() throws IOException {
        SourceFile source = new SourceFile("Solution.java", """
                class Solution {
                    int twice(int temp) {
                        int thingy = temp * 2;
                        return thingy;
                    }
                }
                """);
        ReadabilityConfig config = ReadabilityConfig.load(yaml("readability:\n  placeholderNames: [thingy]\n"));
        List<String> flagged = new ReadabilityAnalyzer(config).analyze(List.of(source)).findings().stream()
                .filter(finding -> finding.ruleId().equals("NAME_PLACEHOLDER"))
                .map(finding -> finding.line() + ":" + finding.column()).toList();
        assertThat(flagged).containsExactly("3:13");
    }
}
