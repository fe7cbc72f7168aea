class MethodLength {
    int tooLong(int[] values) { // expect: METHOD_LENGTH "`tooLong` at line 2 is"
        int total = 0;
        total += values[0] * 3;
        total += values[1] * 4;
        total += values[0] * 5;
        total += values[1] * 6;
        total += values[0] * 7;
        total += values[1] * 8;
        total += values[0] * 9;
        total += values[1] * 10;
        total += values[0] * 11;
        total += values[1] * 12;
        total += values[0] * 13;
        total += values[1] * 14;
        total += values[0] * 15;
        total += values[1] * 16;
        total += values[0] * 17;
        total += values[1] * 18;
        total += values[0] * 19;
        total += values[1] * 20;
        total += values[0] * 21;
        total += values[1] * 22;
        total += values[0] * 23;
        total += values[1] * 24;
        total += values[0] * 25;
        total += values[1] * 26;
        total += values[0] * 27;
        total += values[1] * 28;
        total += values[0] * 29;
        return total;
    }

    int justRight(int[] values) {
        int total = 0;

        // blank lines and comment-only lines do not count
        /* nor do block comments
           spread over lines */
        total += values[0] * 3;
        total += values[1] * 4;
        total += values[0] * 5;
        total += values[1] * 6;
        total += values[0] * 7;
        total += values[1] * 8;
        total += values[0] * 9;
        total += values[1] * 10;
        total += values[0] * 11;
        total += values[1] * 12;
        total += values[0] * 13;
        total += values[1] * 14;
        total += values[0] * 15;
        total += values[1] * 16;
        total += values[0] * 17;
        total += values[1] * 18;
        total += values[0] * 19;
        total += values[1] * 20;
        total += values[0] * 21;
        total += values[1] * 22;
        total += values[0] * 23;
        total += values[1] * 24;
        total += values[0] * 25;
        total += values[1] * 26;
        total += values[0] * 27;
        total += values[1] * 28;
        return total;
    }
}
