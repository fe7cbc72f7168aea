package dev.drilljudge.readability;

import dev.drilljudge.problem.ProblemInputs;
import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile candidate who knows the formula must not be able to raise the score without making the code better:
 * padding with clean dead code, guard clauses in helpers nobody calls, and syntax trees deep enough to break the
 * rules each get an exact, documented answer.
 */
class ReadabilityGamingTest {
    private static final ReadabilityAnalyzer ANALYZER = new ReadabilityAnalyzer(ReadabilityConfig.defaults());

    private static Readability analyze(String content) {
        return ANALYZER.analyze(List.of(new SourceFile("Solution.java", content)));
    }

    @Nested
    class PaddingWithDeadCode {
        private static final String MESSY = Fixtures
                .resource("readability/corpus/word-frequency/messy/WordFrequency.java").content();

        /** The messy answer with `methods` clean methods appended, 4 code lines each, `modifier` ones. */
        private static String padded(int methods, String modifier) {
            StringBuilder padding = new StringBuilder();
            for (int index = 1; index <= methods; index++) {
                padding.append("\n    ").append(modifier).append(" int padding").append(index).append("(int value) {\n")
                        .append("        int doubled = value * 2;\n")
                        .append("        return doubled + value;\n")
                        .append("    }\n");
            }
            int lastBrace = MESSY.lastIndexOf('}');
            return MESSY.substring(0, lastBrace) + padding + MESSY.substring(lastBrace);
        }

        /**
         * Private methods nobody calls never run: the score is divided by the code that runs, so they dilute
         * nothing. Before, 25 of them (161 code lines) raised this messy answer from 53 to 82.
         */
        @Test
        void uncalledPaddingPaysNothing() {
            Readability honest = analyze(padded(0, "private"));
            Readability padded = analyze(padded(25, "private"));
            Readability farPadded = analyze(padded(500, "private"));

            // 61 code lines, units 1.525. errorHandling: EMPTY_CATCH 8 + BROAD_CATCH 4 = 12, d = 8 x 12 / 1.525
            assertThat(honest.score()).isEqualTo(53);
            assertThat(honest.categories()).containsOnly(Map.entry(Category.NAMING, 6),
                    Map.entry(Category.EDGE_CASES, 100), Map.entry(Category.MODULARITY, 69),
                    Map.entry(Category.ERROR_HANDLING, 37));
            assertThat(padded.score()).isEqualTo(53);
            assertThat(farPadded.score()).isEqualTo(53);
            assertThat(farPadded.categories()).isEqualTo(honest.categories());
        }

        /** Constants nothing names are not code that runs: before, 1,200 of them raised the example two-sum 84 -> 96. */
        @Test
        void unusedConstantsPayNothing() {
            int firstBrace = MESSY.indexOf('{') + 1;
            String constants = IntStream.range(0, 200)
                    .mapToObj(index -> "    static final String LABEL_" + index + " = \"label " + index + "\";\n")
                    .collect(Collectors.joining());
            String withConstants = MESSY.substring(0, firstBrace) + "\n" + constants + MESSY.substring(firstBrace);

            assertThat(analyze(withConstants).score()).isEqualTo(53);
        }

        /** With a problem, public methods the starter's methods never call do not run either. */
        @Test
        void withAProblemUncalledPublicPaddingPaysNothing() {
            ProblemFacts starter = new ProblemFacts(Set.of("WordFrequency", "report"), ProblemFacts.LEETCODE_TYPES,
                    ProblemInputs.NONE, false, Set.of("WordFrequency", "report"));
            ReadabilityAnalyzer forProblem = ANALYZER.withFacts(starter);

            Readability honest = forProblem.analyze(List.of(new SourceFile("Solution.java", padded(0, "public"))));
            Readability padded = forProblem.analyze(List.of(new SourceFile("Solution.java", padded(25, "public"))));

            assertThat(padded.score()).isEqualTo(honest.score()).isEqualTo(53);
        }

        /**
         * The answer's class has no public method, so plain `judge lint` takes its non-private methods for entry
         * points and counts them as running code; past 160 code lines the size stops mattering. (With a problem,
         * only the starter's methods and what they call run.)
         */
        @Test
        void paddingThatRunsPaysOnlyUpToTheCapThenNothing() {
            Readability honest = analyze(padded(0, "static"));
            Readability atCap = analyze(padded(25, "static"));
            Readability farPastCap = analyze(padded(500, "static"));

            assertThat(honest.score()).isEqualTo(53);
            // 161 and 2,061 code lines: both past 160, so both divide by the cap of 4 units and score alike.
            assertThat(atCap.score()).isEqualTo(82);
            assertThat(farPastCap.score()).isEqualTo(82);
            assertThat(farPastCap.categories()).isEqualTo(atCap.categories())
                    .containsOnly(Map.entry(Category.NAMING, 64), Map.entry(Category.EDGE_CASES, 100),
                            Map.entry(Category.MODULARITY, 88), Map.entry(Category.ERROR_HANDLING, 76));
            assertThat(farPastCap.findings()).hasSameSizeAs(honest.findings());
        }
    }

    @Nested
    class HollowValidators {
        private static String answer(String validatorBody) {
            return """
                    class Solution {
                        public int first(int[] nums) {
                            checkInput(nums);
                            return nums[0];
                        }

                        private static void checkInput(int[] values) {
                            %s
                        }
                    }
                    """.formatted(validatorBody);
        }

        /**
         * Named like a validator and called like one, it checks nothing. Before, its call cancelled the finding: a
         * two-sum file with a `first(values)` method scored 92 in `judge lint`, and 100 with such calls added.
         */
        @Test
        void aValidatorOfTheFilesOwnThatChecksNothingIsNoGuard() {
            Readability hollow = analyze(answer("// trusted"));

            assertThat(hollow.findings()).extracting(Finding::ruleId).containsExactly("UNGUARDED_INPUT");
            // W = 4, one unit: 100 - 8 x 4 = 68
            assertThat(hollow.category(Category.EDGE_CASES)).isEqualTo(68);
        }

        @Test
        void aValidatorThatTestsItsParameterAndThrowsIsOne() {
            Readability checked = analyze(answer(
                    "if (values.length == 0) { throw new IllegalArgumentException(\"values must not be empty\"); }"));

            assertThat(checked.findings()).extracting(Finding::ruleId).doesNotContain("UNGUARDED_INPUT");
            assertThat(checked.category(Category.EDGE_CASES)).isEqualTo(100);
        }
    }

    @Nested
    class GuardsInCodeNobodyRuns {
        /** `nums[0]` with no check: one UNGUARDED_INPUT (edgeCases W = 4) in 13 code lines. */
        private static String answer(String helperCall) {
            return """
                    class Solution {
                        public int first(int[] nums) {
                            %s
                            return nums[0];
                        }

                        private void rejectMissing(int[] values, int[] more) {
                            if (values == null) {
                                throw new IllegalArgumentException("values must not be null");
                            }
                            if (more == null) {
                                throw new IllegalArgumentException("more must not be null");
                            }
                        }
                    }
                    """.formatted(helperCall);
        }

        @Test
        void guardsInAHelperNobodyCallsEarnNothing() {
            Readability readability = analyze(answer("int unused = 0;"));
            FileAnalysis analysis = ANALYZER.inspect(new SourceFile("Solution.java", answer("int unused = 0;")));

            assertThat(analysis.signals()).isEmpty();
            // W = 4, one unit: 100 - 8 x 4 = 68
            assertThat(readability.category(Category.EDGE_CASES)).isEqualTo(68);
        }

        @Test
        void guardsInAHelperTheAnswerCallsCount() {
            String content = answer("rejectMissing(nums, nums);");
            FileAnalysis analysis = ANALYZER.inspect(new SourceFile("Solution.java", content));

            assertThat(analysis.signals()).extracting(Finding::line).containsExactly(8, 11);
            // W = 4 - 2 x 2 = 0: the two guards cancel the finding
            assertThat(analyze(content).category(Category.EDGE_CASES)).isEqualTo(100);
        }

        @Test
        void withAProblemOnlyTheStarterMethodAndWhatItCallsAreEntryPoints() {
            String content = """
                    class Solution {
                        public int first(int[] nums) {
                            return nums[0];
                        }

                        public void validate(int[] values) {
                            if (values == null) {
                                throw new IllegalArgumentException("values must not be null");
                            }
                        }
                    }
                    """;
            SourceFile source = new SourceFile("Solution.java", content);
            ProblemFacts starterIsFirst = new ProblemFacts(Set.of("Solution", "first", "nums"),
                    ProblemFacts.LEETCODE_TYPES, ProblemInputs.NONE, false, Set.of("first"));

            assertThat(ANALYZER.inspect(source).signals()).extracting(Finding::line)
                    .as("plain lint: every public method is an entry point").containsExactly(7);
            assertThat(ANALYZER.withFacts(starterIsFirst).inspect(source).signals())
                    .as("the tests call first(), never validate()").isEmpty();
        }

        /** `LRUCache(int capacity)` without `public`: whoever uses the class still creates it, so its guard runs. */
        @Test
        void inPlainLintAPackagePrivateConstructorOfTheAnswerIsAnEntryPoint() {
            String content = """
                    class LRUCache {
                        private final int capacity;

                        LRUCache(int capacity) {
                            if (capacity < 1) {
                                throw new IllegalArgumentException("capacity must be positive, was " + capacity);
                            }
                            this.capacity = capacity;
                        }

                        public int capacity() {
                            return capacity;
                        }
                    }
                    """;
            assertThat(ANALYZER.inspect(new SourceFile("LRUCache.java", content)).signals())
                    .extracting(Finding::line).containsExactly(5);
        }

        /** The caller builds what an entry point takes, so a record's (or a sealed subtype's) validation runs. */
        @Test
        void aRecordTheCallerPassesRunsItsCompactConstructorAndMainHidesNoEntryPoint() {
            String content = """
                    class Orders {
                        sealed interface Event permits Added {
                        }

                        record Added(int quantity) implements Event {
                            Added {
                                if (quantity <= 0) {
                                    throw new IllegalArgumentException("quantity must be positive, was " + quantity);
                                }
                            }
                        }

                        int total(Event event) {
                            if (event == null) {
                                throw new IllegalArgumentException("event must not be null");
                            }
                            return event instanceof Added added ? added.quantity() : 0;
                        }

                        public static void main(String[] args) {
                            System.out.println(new Orders().total(null));
                        }
                    }
                    """;
            assertThat(ANALYZER.inspect(new SourceFile("Orders.java", content)).signals())
                    .extracting(Finding::line).containsExactly(7, 14);
        }

        @Test
        void transitiveCallsLambdasConstructorsAndOverridesAreReached() {
            String content = """
                    import java.util.ArrayList;
                    import java.util.List;

                    class Solution {
                        public List<Range> ranges(int[] bounds) {
                            List<Range> ranges = new ArrayList<>();
                            ranges.add(new Range(0, bounds.length > 0 ? step(bounds) : 0));
                            return ranges;
                        }

                        private int step(int[] bounds) {
                            return List.of(1).stream().mapToInt(unused -> deeper(bounds)).sum();
                        }

                        private int deeper(int[] bounds) {
                            if (bounds == null) {
                                throw new IllegalArgumentException("bounds");
                            }
                            return new Range(bounds[0], bounds[1]).low();
                        }

                        private int neverCalled(int[] bounds) {
                            if (bounds == null) {
                                throw new IllegalArgumentException("bounds");
                            }
                            return bounds.length;
                        }

                        record Range(int low, int high) implements Comparable<Range> {
                            Range {
                                if (low > high) {
                                    throw new IllegalArgumentException("low > high");
                                }
                            }

                            @Override
                            public int compareTo(Range other) {
                                if (other == null) {
                                    throw new NullPointerException("other");
                                }
                                return Integer.compare(low, other.low);
                            }
                        }
                    }
                    """;
            assertThat(ANALYZER.inspect(new SourceFile("Solution.java", content)).signals())
                    .extracting(Finding::line).containsExactly(16, 31, 38);
        }
    }

    @Nested
    class PathologicallyDeepTrees {
        private static final String TOO_DEEP_AT_LINE_3 = "Solution.java line 3 is nested more than 200 levels deep "
                + "in the syntax tree, so readability was not scored; split the code into named steps";

        private static String parentheses(int depth) {
            return "class Solution {\n    public int value() {\n        int x = " + "(".repeat(depth) + "1"
                    + ")".repeat(depth) + ";\n        return x;\n    }\n}\n";
        }

        private static String sum(int operands) {
            return "class Solution {\n    public int value(int a) {\n        return a"
                    + " + a".repeat(operands - 1) + ";\n    }\n}\n";
        }

        private static String nestedIfs(int depth) {
            return "class Solution {\n    public int value(int a) {\n" + "        if (a > 0) {\n".repeat(depth)
                    + "        return a;\n" + "        }\n".repeat(depth) + "        return 0;\n    }\n}\n";
        }

        private static String nestedLambdas(int depth) {
            return "import java.util.function.Supplier;\nclass Solution {\n    public Object value() {\n        return "
                    + "(Supplier<Object>) () -> ".repeat(depth) + "1;\n    }\n}\n";
        }

        @Test
        void deepParenthesesAreNotScored() {
            assertNotScored(analyze(parentheses(300)), TOO_DEEP_AT_LINE_3);
        }

        /** So deep that even the parse overflows its large stack: the same reason, without the line. */
        @Test
        void parenthesesTooDeepToParseGetTheSameReason() {
            assertNotScored(analyze(parentheses(5_000)), "Solution.java is nested more than 200 levels deep in the "
                    + "syntax tree, so readability was not scored; split the code into named steps");
        }

        @ParameterizedTest
        @ValueSource(ints = {300, 5_000, 30_000})
        void aLongChainOfOperandsIsNotScored(int operands) {
            assertNotScored(analyze(sum(operands)), TOO_DEEP_AT_LINE_3);
        }

        @ParameterizedTest
        @ValueSource(ints = {100, 5_000})
        void deeplyNestedIfsAreNotScored(int depth) {
            // Unit 1, class 2, method 3, body 4, then two levels per `if` (it and its block): the 98th `if`, on line
            // 100, is at level 199, and the name in its condition (`a > 0`, then `a`, then its name) at 201.
            assertNotScored(analyze(nestedIfs(depth)), "Solution.java line 100 is nested more than 200 levels deep "
                    + "in the syntax tree, so readability was not scored; split the code into named steps");
        }

        @ParameterizedTest
        @ValueSource(ints = {100, 5_000})
        void deeplyNestedLambdasAreNotScored(int depth) {
            assertNotScored(analyze(nestedLambdas(depth)), "Solution.java line 4 is nested more than 200 levels deep "
                    + "in the syntax tree, so readability was not scored; split the code into named steps");
        }

        @Test
        void realisticNestingIsScored() {
            assertThat(analyze(parentheses(150)).score()).isEqualTo(88);
            assertThat(analyze(sum(150)).score()).isEqualTo(96);
            assertThat(analyze(nestedIfs(40)).isScored()).isTrue();
        }

        @Test
        void oneTooDeepFileLeavesTheWholeAnswerUnscoredLikeASyntaxError() {
            Readability readability = ANALYZER.analyze(List.of(new SourceFile("Fine.java", "class Fine {\n}\n"),
                    new SourceFile("Solution.java", sum(1_000))));
            assertNotScored(readability, TOO_DEEP_AT_LINE_3);
        }

        private static void assertNotScored(Readability readability, String reason) {
            assertThat(readability.isScored()).isFalse();
            assertThat(readability.scoredOrNull()).isNull();
            assertThat(readability.findings()).isEmpty();
            assertThat(readability.notScored()).contains(reason);
        }
    }

    /**
     * Without a problem the file is all there is, so a platform's template comment or a public starter-like method
     * says which names were given. With a problem, its starter decides: a submission cannot declare its own names
     * given with a made-up template comment or by making a helper public.
     */
    @Nested
    class SelfDeclaredGivenNames {
        private static final String ANSWER = """
                class Solution {
                    public int[] twoSum(int[] nums, int target) {
                        return helper(nums, target);
                    }

                    /*
                     * Complete the 'helper' function below.
                     */
                    public int[] helper(int[] a, int t) {
                        int first = a[0];
                        int second = t - first;
                        System.out.println(second);
                        int[] pair = {first, second};
                        return pair;
                    }
                }
                """;
        private static final ProblemFacts TWO_SUM = new ProblemFacts(Set.of("Solution", "twoSum", "nums", "target"),
                ProblemFacts.LEETCODE_TYPES, ProblemInputs.NONE, false, Set.of("twoSum"));

        private List<String> namingFindings(ReadabilityAnalyzer analyzer) {
            return analyzer.inspect(new SourceFile("Solution.java", ANSWER)).findings().stream()
                    .filter(finding -> finding.category() == Category.NAMING)
                    .map(finding -> finding.line() + " " + finding.ruleId()).toList();
        }

        @Test
        void plainLintTakesTheTemplateCommentAtItsWord() {
            assertThat(namingFindings(ANALYZER)).isEmpty();
        }

        @Test
        void withAProblemOnlyItsStarterGivesNames() {
            assertThat(namingFindings(ANALYZER.withFacts(TWO_SUM)))
                    .containsExactly("9 NAME_SHORT", "9 NAME_SHORT");
        }
    }
}
