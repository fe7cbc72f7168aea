class NameConvention {
    static final int maxSize = 10; // expect: NAME_CONVENTION
    static final int MAX_DEPTH = 10;
    private static final long serialVersionUID = 1L;
    private int Count; // expect: NAME_CONVENTION
    private int itemCount;
    private final String[] TENS = {"", "Ten", "Twenty"}; // expect: NAME_CONVENTION "Declare `TENS` `static final`"

    void Process() { // expect: NAME_CONVENTION
    }

    void process_items(int item_count) { // expect: NAME_CONVENTION "processItems", NAME_CONVENTION "itemCount"
    }

    void processItems(int itemCount) {
        int Total = itemCount; // expect: NAME_CONVENTION
        int doubledTotal = Total * 2;
    }

    class inner_helper { // expect: NAME_CONVENTION
    }

    interface Shape {
        int SIDES = 4;
        int corners = 4; // expect: NAME_CONVENTION
    }

    enum Color { RED, DARK_GREEN }

    record Range(int low, int high) {
    }

    // Google's Java style: a JUnit test name may separate its parts with underscores.
    @org.junit.jupiter.api.Test
    void insertUpdate_cachesNaturalId() {
    }

    void insert_update() { // expect: NAME_CONVENTION
    }

    // A one-letter size in capitals, as the statement writes it, reads at once; another capital local does not.
    int lastIndex(int[] values) {
        final int N = values.length;
        int Last = N - 1; // expect: NAME_CONVENTION
        return Last;
    }

    // A study repository's numbering (chapter 2, exercise 5) reads as a number; a word split by underscores does not.
    static class Problem2_5 {
    }

    static class Linked_List { // expect: NAME_CONVENTION "LinkedList"
    }

    static class Problem2_8_DecodeWays {
    }

    // The statement's test-case count, read under its own name; a capital read from anywhere else is not.
    int cases(java.util.Scanner in) {
        int T = in.nextInt();
        int Q = T + 1; // expect: NAME_CONVENTION
        return Q;
    }

    // Google Java Style: a static final field is a constant only when its contents are deeply immutable.
    private static final java.util.Scanner scanner = new java.util.Scanner(System.in);
    private static final int[] directions = {0, 1, 0, -1};
    private static final int maxDepth = 10; // expect: NAME_CONVENTION "MAX_DEPTH"

    // HackerRank's function template gives the function and its parameters, quoted or not.
    // Complete the roadsAndLibraries function below.
    static long roadsAndLibraries(int n, int c_lib, int c_road) {
        return (long) n * Math.min(c_lib, c_road);
    }

    static long costOf(int c_lib) { // expect: NAME_CONVENTION "cLib"
        return c_lib;
    }

    // A table named by the letter it is made of (the Roman numeral of its place) says what it holds.
    String thousands(int number) {
        final String[] M = {"", "M", "MM", "MMM"};
        final String[] Tens = {"", "X", "XX", "XXX"}; // expect: NAME_CONVENTION
        return M[number / 1000] + Tens[number % 100 / 10];
    }

    // Sizes named as the statement names them, given later or kept in a field; a nested helper type is still judged.
    static class Codility {
        private int N;

        int solution(int[] A, int[] C) {
            int M;
            N = A.length;
            M = C.length;
            int Total = N + M; // expect: NAME_CONVENTION
            return Total;
        }
    }

    static class pair { // expect: NAME_CONVENTION "Pair"
    }
}

// The file's top-level class is the practice repository's filing scheme (the interview names it Solution).
class leetcode_Gas_Station {
}
