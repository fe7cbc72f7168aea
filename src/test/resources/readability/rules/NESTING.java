class Nesting {
    int deep(int[][] grid) {
        int count = 0;
        for (int[] row : grid) {
            for (int cell : row) {
                if (cell > 0) {
                    while (cell > 10) { // expect: NESTING "in `deep` is nested"
                        cell /= 2;
                    }
                    count += cell;
                }
            }
        }
        return count;
    }

    String classify(int[] values) {
        StringBuilder kinds = new StringBuilder();
        for (int value : values) {
            if (value > 0) {
                if (value > 100) {
                    kinds.append('L');
                } else if (value > 10) {
                    kinds.append('M');
                } else if (value > 1) {
                    kinds.append('S');
                } else {
                    kinds.append('O');
                }
            }
        }
        return kinds.toString();
    }

    int guarded(int[][] grid) {
        int count = 0;
        for (int[] row : grid) {
            for (int cell : row) {
                if (cell <= 0) {
                    continue;
                }
                count += cell;
            }
        }
        return count;
    }
}
