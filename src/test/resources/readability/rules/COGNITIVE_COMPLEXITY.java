class CognitiveComplexity {
    int tangled(int[][] grid, int target) { // expect: COGNITIVE_COMPLEXITY "`tangled` at line 2 has cognitive complexity"
        int found = 0;
        for (int row = 0; row < grid.length; row++) {
            for (int col = 0; col < grid[row].length; col++) {
                if (grid[row][col] == target) {
                    found++;
                } else if (grid[row][col] > target) {
                    if (row > 0 && col > 0) {
                        found--;
                    } else {
                        while (found > 100) {
                            found /= 2;
                        }
                    }
                }
            }
        }
        return found;
    }

    int flat(int[] values, int target) {
        if (values == null) {
            return 0;
        }
        int matches = 0;
        for (int value : values) {
            if (value == target) {
                matches++;
            }
        }
        return matches;
    }
}
