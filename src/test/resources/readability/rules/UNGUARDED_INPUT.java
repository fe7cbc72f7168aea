import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

class UnguardedInput {
    public int firstPrice(int[] prices) {
        return prices[0]; // expect: UNGUARDED_INPUT "`prices` may be empty"
    }

    public int maxProfit(int[] prices) {
        if (prices.length < 2) {
            return 0;
        }
        int lowest = prices[0];
        int best = 0;
        for (int price : prices) {
            lowest = Math.min(lowest, price);
            best = Math.max(best, price - lowest);
        }
        return best;
    }

    public int sum(List<Integer> values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total + values.stream().mapToInt(Integer::intValue).sum();
    }

    public char initial(String word) {
        return word.charAt(0); // expect: UNGUARDED_INPUT "if (word.isEmpty())"
    }

    public int lastOf(List<Integer> values) {
        return values.get(values.size() - 1); // expect: UNGUARDED_INPUT
    }

    public int average(List<Integer> values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total / values.size(); // expect: UNGUARDED_INPUT "divides by zero"
    }

    public int smallest(TreeSet<Integer> values) {
        return values.first(); // expect: UNGUARDED_INPUT
    }

    public String head(Iterator<String> lines) {
        return lines.next(); // expect: UNGUARDED_INPUT "!lines.hasNext()"
    }

    public int top(Deque<Integer> stack) {
        return stack.pop(); // expect: UNGUARDED_INPUT
    }

    public int lookup(Map<String, Integer> counts, String key) {
        return counts.getOrDefault(key, 0);
    }

    private int helper(int[] values) {
        return values[0];
    }

    public boolean startsWithA(String word) {
        return !word.isEmpty() && word.charAt(0) == 'a';
    }

    public int firstOrZero(List<Integer> values) {
        return values.isEmpty() ? 0 : values.get(0);
    }

    public int firstPositive(int[] values) {
        for (int index = 0; index < values.length; index++) {
            if (values[0] > 0) {
                return values[index];
            }
        }
        return -1;
    }

    public int drain(Deque<Integer> pending) {
        int total = 0;
        while (!pending.isEmpty()) {
            total += pending.pop();
        }
        return total;
    }

    @Override
    public boolean equals(Object other) {
        return other.hashCode() == hashCode();
    }

    @Override
    public int hashCode() {
        return 1;
    }

    public static void main(String[] args) {
        for (String arg : args) {
            System.out.println(arg);
        }
        System.out.println(args[0]); // expect: UNGUARDED_INPUT
    }

    public int checkedFirst(int[] values) {
        requireNonEmpty(values);
        return values[0];
    }

    private static void requireNonEmpty(int[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
    }

    public int countChars(String text) {
        int letters = 0;
        for (int index = 0; index < text.length(); index++) {
            letters++;
        }
        return letters + Objects.hash(text);
    }

    public int cornerOf(int[][] grid) {
        if (grid.length == 0) {
            return 0;
        }
        return grid[0][0]; // expect: UNGUARDED_INPUT "may have an empty row"
    }

    public int peekOrMinus(ArrayDeque<Integer> queue) {
        Integer head = queue.peekFirst();
        return head == null ? -1 : head;
    }

    // A check on a local or field holding the size guards the input as a check on the input does.
    private int rows;

    public int firstRowWidth(int[][] matrix) {
        rows = matrix.length;
        if (rows == 0) {
            return 0;
        }
        return matrix[0].length;
    }

    public int firstOfSized(int[] values) {
        int count = values.length;
        return count > 0 ? values[0] : -1;
    }

    public int distinctInShortText(String text) {
        final int length = text.length();
        switch (length) {
            case 0:
                return 0;
            case 2:
                return text.charAt(0) == text.charAt(1) ? 1 : 2;
            default:
                return length;
        }
    }

    public int widthUnchecked(int[][] matrix) {
        int height = matrix.length;
        return matrix[0].length * height; // expect: UNGUARDED_INPUT "`matrix` may be empty"
    }

    // A validator that checks nothing is no guard: only one that tests its parameter and throws is.
    public int firstAfterHollowCheck(int[] values) {
        checkValues(values);
        return values[0]; // expect: UNGUARDED_INPUT "`values` may be empty"
    }

    private static void checkValues(int[] values) {
    }
}
