import java.util.List;
import java.util.function.IntFunction;

class Ternaries {
    int largest(int a, int b, int c) {
        return a > b ? (a > c ? a : c) : (b > c ? b : c); // expect: NESTED_TERNARY "holds another `?:` (`a > c ? a : c`)"
    }

    String sign(int value) {
        return value > 0 ? "positive" // expect: NESTED_TERNARY "Use `if`/`else`"
                : value < 0 ? "negative" : "zero";
    }

    int clamp(int value, int low, int high) {
        int atLeastLow = value < low ? low : value;
        return atLeastLow > high ? high : atLeastLow;
    }

    IntFunction<String> labeller(boolean verbose) {
        return verbose ? count -> count == 1 ? "one item" : count + " items" : count -> "" + count;
    }

    String plural(List<String> items) {
        return items.size() == 1 ? "item" : "items";
    }
}
