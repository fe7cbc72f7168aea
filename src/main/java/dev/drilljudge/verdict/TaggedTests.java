package dev.drilljudge.verdict;

import java.util.List;
import java.util.OptionalDouble;

/** Shares of tagged hidden tests passed: `edge` tests feed the Amazon edge-case score, `perf` tests Meta's complexity. */
public final class TaggedTests {
    public static final String EDGE = "edge";
    public static final String PERF = "perf";

    private TaggedTests() {
    }

    /** The share (0..1) of tests with the tag that passed; empty when the run had none. */
    public static OptionalDouble passRate(Judgement judgement, String tag) {
        List<TestResult> tagged = judgement.results().stream().filter(result -> result.tags().contains(tag)).toList();
        if (tagged.isEmpty()) {
            return OptionalDouble.empty();
        }
        long passed = tagged.stream().filter(TestResult::passed).count();
        return OptionalDouble.of((double) passed / tagged.size());
    }
}
