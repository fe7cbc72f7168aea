package dev.drilljudge.readability;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/readability.md lists every rule with its real category, threshold and severity. */
class RuleDocsTest {
    @Test
    void everyRuleHasARowMatchingTheCode() throws IOException {
        List<String> rows = Files.readAllLines(Fixtures.projectRoot().resolve("docs/readability.md")).stream()
                .filter(line -> line.startsWith("| `")).toList();
        for (Rule rule : RuleRegistry.all()) {
            String prefix = "| `" + rule.id() + "` | " + rule.category().jsonKey() + " | "
                    + (rule.defaultThreshold().isPresent() ? String.valueOf(rule.defaultThreshold().getAsInt()) : "–");
            assertThat(rows).as("a docs row for %s", rule.id())
                    .anySatisfy(row -> assertThat(row).startsWith(prefix).contains(" | " + rule.severity().label()));
        }
    }

    /** The README's readability section names every rule under its category, so the front door is not stale. */
    @Test
    void theReadmeNamesEveryRuleUnderItsCategory() throws IOException {
        String readme = Files.readString(Fixtures.projectRoot().resolve("README.md"));
        String section = readme.substring(readme.indexOf("## Readability (the Amazon bar)"));
        section = section.substring(0, section.indexOf("\n## ", 1)).replaceAll("\\s+", " ");
        for (Rule rule : RuleRegistry.all()) {
            String words = switch (rule.category()) {
                case NAMING -> "naming (";
                case EDGE_CASES -> "edge cases (";
                case MODULARITY -> "modularity (";
                case ERROR_HANDLING -> "error handling (";
            };
            int opens = section.indexOf(words);
            assertThat(opens).as("the README names the %s category", rule.category()).isNotNegative();
            String listed = section.substring(opens, section.indexOf(')', opens));
            assertThat(listed).as("the README's %s list", rule.category()).contains("`" + rule.id() + "`");
        }
    }

    @Test
    void ruleIdsAreUniqueAndWellFormed() {
        List<String> ids = RuleRegistry.all().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[A-Z][A-Z_]*"));
        assertThat(ids).containsExactly("NAME_PLACEHOLDER", "NAME_SHORT", "NAME_CONVENTION", "NAME_ABBREVIATION",
                "METHOD_NAME_SHORT", "UNGUARDED_INPUT", "GUARD_CLAUSE", "ASSERT_FOR_ARGS", "NULL_COLLECTION_RETURN",
                "STRING_IDENTITY", "COGNITIVE_COMPLEXITY", "CYCLOMATIC", "METHOD_LENGTH", "LINE_LENGTH", "NESTING", "PARAMETERS",
                "BOOLEAN_EXPRESSION", "MAGIC_NUMBER", "PARAMETER_REASSIGNED", "INPUT_MUTATED", "DEBUG_OUTPUT",
                "BOOLEAN_LITERAL_COMPARE", "COMMENTED_OUT_CODE", "UNUSED_LOCAL", "NESTED_TERNARY", "MISSING_BRACES",
                "EMPTY_CATCH", "BROAD_CATCH",
                "RAW_THROW", "LOST_CAUSE", "EXCEPTION_WITHOUT_MESSAGE", "SWALLOWED_INTERRUPT", "SENTINEL_ON_EXCEPTION");
    }
}
