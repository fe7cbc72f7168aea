package dev.drilljudge.readability;

import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * javac turns Unicode escapes into characters before it reads anything else, so a line comment holding the escape of
 * a line break (backslash, u000a) is a comment followed by code it compiles and runs. The readability parser must
 * read the source the same way: a parser that kept the escape saw a comment and scored the real answer (one-letter names, five levels of nesting) as if it were
 * not there. Two-sum so written was ACCEPTED with readability 96 (Amazon 98); the same code unhidden scores 76.
 */
class UnicodeEscapeHidingTest {
    private static final ReadabilityAnalyzer ANALYZER = new ReadabilityAnalyzer(ReadabilityConfig.defaults());

    private static List<String> findings(String source) {
        return ANALYZER.analyze(List.of(new SourceFile("Solution.java", source))).findings().stream()
                .map(finding -> finding.line() + ":" + finding.column() + " " + finding.ruleId()).toList();
    }

    @Test
    void codeAfterAnEscapedNewlineInACommentIsAnalysedWhereItStands() {
        String hidden = """
                class Solution {
                    int first(int[] nums) {
                        // \\u000a int q=0;for(int i=0;i<nums.length;i++){if(i>=0){if(q>=0){if(i!=q){q=i;}}}}
                        return -1;
                    }
                }
                """;

        assertThat(findings(hidden)).containsExactly("3:23 NAME_SHORT", "3:76 NESTING");
    }

    @Test
    void anEscapedCommentEndCannotHideCodeInsideABlockComment() {
        String hidden = """
                class Solution {
                    int first(int[] nums) {
                        /* \\u002a\\u002f int q=0;for(int i=0;i<nums.length;i++){if(i>=0){if(q>=0){if(i!=q){q=i;}}}} /* */
                        return -1;
                    }
                }
                """;

        assertThat(findings(hidden)).containsExactly("3:29 NAME_SHORT", "3:82 NESTING");
    }
}
