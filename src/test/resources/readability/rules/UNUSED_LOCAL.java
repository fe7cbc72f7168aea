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

    // A demo main around the answer holds test data; a program whose whole answer is its main is the answer.
    public static void main(String[] args) {
        int expected = 3;
        System.out.println(new UnusedLocal().total(List.of(1, 2)));
    }

    static class WholeProgram {
        public static void main(String[] args) {
            java.util.Scanner in = new java.util.Scanner(System.in);
            int count = in.nextInt();
            int lastObstacle = in.nextInt(); // expect: UNUSED_LOCAL
            System.out.println(count * 2);
        }
    }
}
