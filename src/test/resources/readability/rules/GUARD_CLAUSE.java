import java.util.Objects;

class GuardClause {
    private final String name;

    GuardClause(String name) {
        this.name = Objects.requireNonNull(name, "name"); // expect: GUARD_CLAUSE "Guard clause at line 7 handles an edge case"
    }

    int maxProfit(int[] prices) {
        if (prices == null) { // expect: GUARD_CLAUSE
            throw new IllegalArgumentException("prices must not be null");
        }
        if (prices.length < 2) return 0; // expect: GUARD_CLAUSE
        int best = 0;
        if (best > 0) {
            return best;
        }
        return best;
    }

    int absolute(int value) {
        if (value < 0) {
            return -value;
        } else {
            return value;
        }
    }

    Range span(int low, int high) {
        return new Range(low, high);
    }

    // Nothing calls this helper, so its guard protects nothing and earns no credit.
    private int firstOf(int[] values) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        return values[0];
    }

    // A validator of the file's own earns credit by what it does: this one throws, the hollow one checks nothing.
    int lastOf(int[] values) {
        requireNonEmpty(values); // expect: GUARD_CLAUSE
        return values[values.length - 1];
    }

    int middleOf(int[] values) {
        checkValues(values);
        return values[values.length / 2];
    }

    private static void requireNonEmpty(int[] values) {
        if (values.length == 0) { // expect: GUARD_CLAUSE
            throw new IllegalArgumentException("values must not be empty");
        }
    }

    private static void checkValues(int[] values) {
    }

    record Range(int low, int high) {
        Range {
            if (low > high) { // expect: GUARD_CLAUSE
                throw new IllegalArgumentException("low must not exceed high, was " + low + " > " + high);
            }
        }
    }
}
