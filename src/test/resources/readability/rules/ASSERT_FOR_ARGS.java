class AssertForArgs {
    public int divide(int dividend, int divisor) {
        assert divisor != 0; // expect: ASSERT_FOR_ARGS "checks argument `divisor` of `divide`, but assertions are off in production"
        return dividend / divisor;
    }

    int quotient(int dividend, int divisor) {
        assert divisor > 0 : "divisor must be positive"; // expect: ASSERT_FOR_ARGS
        return dividend / divisor;
    }

    private int half(int value) {
        assert value % 2 == 0;
        return value / 2;
    }

    public int doubled(int count) {
        int total = count * 2;
        assert total >= 0;
        return total;
    }
}
