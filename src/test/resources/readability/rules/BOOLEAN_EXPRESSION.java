class BooleanExpression {
    boolean isOpenCell(int row, int col, int rows, int cols, boolean open) {
        return row >= 0 && row < rows && col >= 0 && col < cols && open; // expect: BOOLEAN_EXPRESSION "combines 4 boolean operators (limit 3)"
    }

    boolean inBounds(int row, int col, int rows, int cols) {
        return row >= 0 && row < rows && col >= 0 && col < cols;
    }

    boolean mixed(boolean first, boolean second, boolean third, boolean fourth, boolean fifth) {
        return (first || second) && !(third || fourth) && fifth; // expect: BOOLEAN_EXPRESSION
    }

    int flags(int mask, int bits) {
        return mask & bits | mask ^ bits & 1 | bits;
    }

    boolean split(int row, int col, int rows, int cols) {
        boolean rowInside = row >= 0 && row < rows;
        boolean colInside = col >= 0 && col < cols;
        return rowInside && colInside;
    }
}
