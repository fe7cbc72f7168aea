class Solution {
    public String classify(int[] scores, boolean strict) { // expect: COGNITIVE_COMPLEXITY
        int passed = 0;
        int failed = 0;
        for (int score : scores) {
            if (score > 90) { // expect: MAGIC_NUMBER
                if (strict) {
                    if (score > 95) { // expect: MAGIC_NUMBER, NESTING
                        passed += 2;
                    } else {
                        passed++;
                    }
                } else {
                    passed++;
                }
            } else if (score > 50) { // expect: MAGIC_NUMBER
                if (strict && score < 60) { // expect: MAGIC_NUMBER
                    failed++;
                } else {
                    passed++;
                }
            } else {
                if (!strict || score < 40) { // expect: MAGIC_NUMBER
                    failed++;
                } else if (score % 2 == 0) {
                    failed += 2;
                }
            }
        }
        return passed > failed ? "pass" : "fail";
    }
}
