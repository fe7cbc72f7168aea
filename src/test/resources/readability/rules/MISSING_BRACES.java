class Braces {
    int sumPositive(int[] values) {
        int total = 0;
        for (int value : values)
            if (value > 0) // expect: MISSING_BRACES "The `for` at line 4 has its body on line 5 without braces"
                total += value; // expect: MISSING_BRACES "The `if` at line 5 has its body on line 6"
        return total;
    }

    int firstNegative(int[] values) {
        for (int index = 0; index < values.length; index++) {
            if (values[index] < 0) return index;
        }
        return -1;
    }

    String describe(int count) {
        if (count == 0) {
            return "none";
        } else if (count == 1) {
            return "one";
        } else
            return "many"; // expect: MISSING_BRACES "The `else` branch has its body on line 23"
    }

    int sign(int value) {
        if (value < 0) return -1;
        else return value == 0 ? 0 : 1;
    }

    int countDown(int start) {
        int steps = 0;
        while (start-- > 0)
            steps++; // expect: MISSING_BRACES "Put braces around the body of the `while`"
        do steps--; while (steps > 10);
        return steps;
    }

    void skip(int[] values) {
        for (int index = 0; index < values.length; index++);
    }
}
