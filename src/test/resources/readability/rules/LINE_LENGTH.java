import java.util.List;

class LineLength {
    int sumAbove(List<Integer> prices, int threshold) {
        return prices.stream().filter(price -> price > threshold).mapToInt(Integer::intValue).sum();
    }

    int sumAboveWithComment(List<Integer> prices, int threshold) {
        return prices.stream().filter(price -> price > threshold).mapToInt(Integer::intValue).sum(); // expect: LINE_LENGTH "Line 9 is"
    }

    int total(List<Integer> prices) {
        // See https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/stream/IntStream.html#sum()
        int total = 0;
        for (int price : prices) {
            total += price;
        }
        return total;
    }

    String describe(String name, int count, double average) {
        return "Name: " + name + ", count: " + count + ", average: " + average + ", trend: " + (count > 0 ? "up" : "flat"); // expect: LINE_LENGTH
    }
}
