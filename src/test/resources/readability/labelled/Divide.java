class Calculator {
    public int ratio(int total, int parts) {
        try {
            return total / parts;
        } catch (ArithmeticException e) { // expect: SENTINEL_ON_EXCEPTION
            return -1;
        }
    }

    public int average(int[] values) {
        int sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum / values.length; // expect: UNGUARDED_INPUT
    }
}
