import java.util.Arrays;
import java.util.Comparator;

class NameShort {
    int sumOfSquares(int[] values) {
        int sm = 0; // expect: NAME_SHORT
        for (int i = 0; i < values.length; i++) {
            sm += values[i] * values[i];
        }
        return sm;
    }

    int countPairs(int[] values, int k) {
        int n = values.length;
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (values[i] + values[j] == k) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    void sortByStart(int[][] intervals) {
        Arrays.sort(intervals, (a, b) -> a[0] - b[0]);
        Arrays.sort(intervals, Comparator.comparingInt(iv -> iv[1]));
    }

    int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    int walk(int[][] grid) {
        int[] dx = {1, 0};
        int[] dy = {0, 1};
        int lo = 0;
        int hi = grid.length;
        for (int step = 0; step < dx.length; step++) {
            lo += dx[step] + dy[step];
        }
        return lo + hi;
    }

    String label(String id) {
        StringBuilder sb = new StringBuilder();
        sb.append(id);
        return sb.toString();
    }

    int frameArea(int w, int h) { // expect: NAME_SHORT "`w`", NAME_SHORT "`h`"
        int inner = (w - 2) * (h - 2);
        int total = w * h;
        if (inner < 0) {
            return total;
        }
        return total - inner;
    }

    int area(int width, int h) {
        return width * h;
    }

    String shout(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(Character.toUpperCase(c));
        }
        for (int r = 0; r < 2; r++) {
            for (int q = 0; q < 2; q++) {
                sb.append('!');
            }
        }
        java.util.Iterator<String> it = java.util.List.of(text).iterator();
        String first = it.next();
        return sb.append(first).toString();
    }

    int longest(int[] values) {
        int[] dp = new int[values.length];
        return dp.length;
    }

    boolean isEven(Object value) {
        return value instanceof Integer nb && nb % 2 == 0; // expect: NAME_SHORT
    }

    long power(long base, int m) {
        long q = base; // expect: NAME_SHORT
        for (int i = 1; i < m; i++) {
            q *= base;
        }
        return q;
    }
}
