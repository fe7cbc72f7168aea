import java.util.List;

class Totals {
    int total(List<Integer> values) {
        int count = values.size(); // expect: UNUSED_LOCAL "`count` at line 5 is never read"
        int sum = 0;
        for (int value : values) {
            sum += value;
        }
        int last = 0; // expect: UNUSED_LOCAL "Delete `last`"
        last = sum;
        return sum;
    }

    int lambdaUse(List<Integer> values) {
        int offset = 3;
        return values.stream().mapToInt(value -> value + offset).sum();
    }

    void loop(List<String> lines) {
        for (String ignoredLine : lines) {
            System.out.flush();
        }
        int ignored = lines.size();
    }
}
