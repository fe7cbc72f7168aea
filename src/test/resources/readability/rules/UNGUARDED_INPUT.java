import java.util.List;
import java.util.Map;
import java.util.Objects;

class UnguardedInput {
    public int firstPrice(int[] prices) {
        return prices[0]; // expect: UNGUARDED_INPUT
    }

    public int maxProfit(int[] prices) {
        if (prices == null || prices.length < 2) {
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
        for (int value : values) { // expect: UNGUARDED_INPUT
            total += value;
        }
        return total;
    }

    public int length(String text) {
        Objects.requireNonNull(text, "text");
        return text.length();
    }

    int lookup(Map<String, Integer> counts, String key) {
        return counts.getOrDefault(key, 0); // expect: UNGUARDED_INPUT
    }

    private int helper(int[] values) {
        return values[0];
    }

    public boolean startsWithA(String word) {
        return word != null && word.startsWith("a");
    }

    public int firstOrZero(List<Integer> values) {
        return values.isEmpty() ? 0 : values.get(0);
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

    public int depth(Node node) {
        if (node == null) {
            return 0;
        }
        return 1 + Math.max(depth(node.left), depth(node.right));
    }

    public int checkedFirst(int[] values) {
        requireNonEmpty(values);
        return values[0];
    }

    private static void requireNonEmpty(int[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
    }

    public int countChars(String text) {
        int letters = 0;
        for (int index = 0; index < text.length(); index++) { // expect: UNGUARDED_INPUT
            letters++;
        }
        return letters;
    }

    static class Node {
        Node left;
        Node right;
    }
}
