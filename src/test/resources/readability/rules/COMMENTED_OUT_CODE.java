class Scores {
    int best(int[] scores) {
        int best = Integer.MIN_VALUE;
        // for (int i = 0; i < scores.length; i++) { // expect: COMMENTED_OUT_CODE "for (int i = 0; i < scores.length"
        //     best = Math.max(best, scores[i]);
        // }
        for (int score : scores) {
            best = Math.max(best, score);
        }
        // The scores are never empty here: the caller checks that first.
        /* int unused = scores.length; */ // expect: COMMENTED_OUT_CODE
        return best;
    }

    /**
     * Returns the total; e.g. {@code total(new int[] {1, 2})} is 3.
     */
    int total(int[] scores) {
        // Sum in a long so large inputs cannot overflow; callers narrow it.
        long sum = 0;
        for (int score : scores) {
            sum += score;
        }
        return (int) sum;
    }
}
