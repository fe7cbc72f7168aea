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

    enum Level {
        LOW(10), HIGH(20);

        final int weight;

        Level(int weight) {
            this.weight = weight;
        }
    }
}
