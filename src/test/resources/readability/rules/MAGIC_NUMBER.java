class MagicNumber {
    private static final int ALPHABET_SIZE = 26;
    private static final long MODULUS = 1_000_000_007L;
    private int retries = 3; // expect: MAGIC_NUMBER

    int[] letterCounts(String word) {
        int[] counts = new int[26]; // expect: MAGIC_NUMBER "Use `ALPHABET_SIZE`"
        for (char letter : word.toCharArray()) {
            counts[letter - 'a']++;
        }
        return counts;
    }

    String groups(int number) {
        StringBuilder words = new StringBuilder();
        while (number > 0) {
            words.append(number % 1000).append(' ');
            number /= 1000;
        }
        return number < 100 ? words.toString() : "";
    }

    int parse(String digits) {
        int total = 0;
        int[] seen = new int[10];
        for (char digit : digits.toCharArray()) {
            total = 10 * total + (digit - '0');
            seen[digit - '0']++;
        }
        return total;
    }

    long[] tree(int size) {
        long[] nodes = new long[4 * size];
        for (int direction = 0; direction < 4; direction++) {
            nodes[direction] = direction;
        }
        return nodes;
    }

    boolean crowded(int neighbours) {
        return neighbours > 3; // expect: MAGIC_NUMBER
    }

    int half(int value) {
        return value / 2 + 0 - 1;
    }

    int notFound() {
        return -1;
    }

    double discounted(double price) {
        return price * 0.75; // expect: MAGIC_NUMBER
    }

    int offset() {
        return -5; // expect: MAGIC_NUMBER
    }

    long modded(long value) {
        return value % MODULUS + ALPHABET_SIZE;
    }

    @Override
    public int hashCode() {
        return 31 * ALPHABET_SIZE + 17;
    }

    java.util.Map<Integer, Integer> recentFirst() {
        return new java.util.LinkedHashMap<>(16, 0.75f, true);
    }

    java.util.Queue<Integer> boundedBuffer() {
        return new java.util.concurrent.ArrayBlockingQueue<>(64); // expect: MAGIC_NUMBER "`64`"
    }

    static class AccessOrdered extends java.util.LinkedHashMap<Integer, Integer> {
        AccessOrdered(int capacity) {
            super(capacity, 0.75f, true);
        }
    }

    enum Level {
        LOW(10), HIGH(20);

        final int weight;

        Level(int weight) {
            this.weight = weight;
        }
    }

    // The sizes of the domain a type or method names (sudoku's 9 and 3), and the number a method is named for.
    static final class Sudoku {
        private final boolean[][] seen = new boolean[9][9];

        int boxOf(int row, int column) {
            return row / 3 * 3 + column / 3;
        }
    }

    static final class Game {
        boolean judgePoint24(int value) {
            return value == 24;
        }

        boolean isTwelve(int value) {
            return value == 12; // expect: MAGIC_NUMBER
        }
    }

    // A demo harness's literals are test data.
    public static void main(String[] args) {
        System.out.println(new MagicNumber().letterCounts("seven")[4]);
        System.out.println(new Game().isTwelve(7));
        System.out.println(new StringBuilder(64).append(new Sudoku().boxOf(5, 7)));
    }

    // The number of the largest digit and the base, in digit-by-digit work.
    int[] plusOne(int[] digits) {
        for (int index = digits.length - 1; index >= 0; index--) {
            if (digits[index] < 9) {
                digits[index]++;
                return digits;
            }
            digits[index] = 0;
        }
        int[] carried = new int[digits.length + 1];
        carried[0] = 1;
        return carried;
    }

    boolean isNineOrMore(int count) {
        return count >= 9; // expect: MAGIC_NUMBER
    }

    // Whole-byte shifts and hexadecimal masks are a number's byte layout.
    void writeInt(java.io.OutputStream out, int value) throws java.io.IOException {
        out.write((value >>> 24) & 0xFF);
        out.write((value >>> 16) & 0xFF);
        out.write(value >>> 3); // expect: MAGIC_NUMBER
    }

    // The leap-year rule on a year; the same divisors on anything else are unexplained.
    boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    boolean isQuarterBoundary(int day) {
        return day % 400 == 0; // expect: MAGIC_NUMBER
    }
}
