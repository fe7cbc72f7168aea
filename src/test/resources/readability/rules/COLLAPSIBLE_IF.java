import java.util.List;

class Collapsible {
    int countLongWords(List<String> words, int minimum) {
        int count = 0;
        for (String word : words) {
            if (word != null) { // expect: COLLAPSIBLE_IF "holds nothing but the `if` at line 8"
                if (word.length() >= minimum) {
                    count++;
                }
            }
        }
        return count;
    }

    boolean anyNegative(int[] values) {
        for (int value : values) {
            if (value < 0) // expect: COLLAPSIBLE_IF "Merge them: `if ((value < 0) && (value != Integer.MIN_VALUE))`"
                if (value != Integer.MIN_VALUE) return true;
        }
        return false;
    }

    int nextState(int cell, int neighbours) {
        if (cell == 1) {
            if (neighbours < 2 || neighbours > 3) {
                return 0;
            }
        } else if (cell == 0) {
            if (neighbours == 3) {
                return 1;
            }
        }
        return cell;
    }

    String classify(int value) {
        if (value > 0) {
            if (value > 100) {
                return "large";
            } else {
                return "small";
            }
        }
        if (value < 0) {
            if (value < -100) {
                return "very negative";
            }
            return "negative";
        }
        return "zero";
    }
}
