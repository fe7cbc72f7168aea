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

    int search(int[] sorted, int target) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo <= hi) {
            int m = lo + (hi - lo) / 2; // expect: NAME_SHORT "e.g. `mid`"
            if (sorted[m] == target) {
                return m;
            }
            if (sorted[m] < target) {
                lo = m + 1;
            } else {
                hi = m - 1;
            }
        }
        return -1;
    }

    boolean containsInRows(int[][] rows, int target) {
        int top = 0;
        int bottom = rows.length - 1;
        while (top <= bottom) {
            int mid = (top + bottom) / 2;
            int[] row = rows[mid];
            if (target < row[0]) {
                bottom = mid - 1;
            } else if (target > row[row.length - 1]) {
                top = mid + 1;
            } else {
                int lo = 0;
                int hi = row.length - 1;
                while (lo <= hi) {
                    int md = (lo + hi) >>> 1; // expect: NAME_SHORT "e.g. `middle`"
                    if (row[md] == target) {
                        return true;
                    }
                    if (row[md] < target) {
                        lo = md + 1;
                    } else {
                        hi = md - 1;
                    }
                }
                return false;
            }
        }
        return false;
    }

    // A variable named by its type's initials reads at once: the type is spelled out on the same line.
    int countRows(java.sql.Connection connection, String table) throws java.sql.SQLException {
        java.sql.PreparedStatement ps = connection.prepareStatement("select count(*) from " + table);
        java.sql.ResultSet rs = ps.executeQuery();
        rs.next();
        int rows = rs.getInt(1);
        ps.close();
        return rows;
    }

    // ...but not for a collection: its type says how values are held, not which ones.
    int distinctCount(int[] values) {
        java.util.Set<Integer> s = new java.util.HashSet<>(); // expect: NAME_SHORT
        for (int value : values) {
            s.add(value);
        }
        int count = s.size();
        return count;
    }

    // Nested catches number their exceptions.
    int parseOrZero(String text, String fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e1) {
            try {
                return Integer.parseInt(fallback);
            } catch (NumberFormatException e2) {
                return 0;
            }
        }
    }

    // ...nor for a data structure the answer builds.
    static final class UnionFind {
        int[] parent = new int[16];
    }

    int roots(int size) {
        UnionFind uf = new UnionFind(); // expect: NAME_SHORT
        int roots = 0;
        for (int node = 0; node < size; node++) {
            roots += uf.parent[node] == node ? 1 : 0;
        }
        return roots;
    }

    // A grid cell's row and column declared together read as r and c; a size may be N, as in the statement.
    int openNeighbours(int[][] grid, int r, int c) {
        final int N = grid.length;
        int open = 0;
        for (int[] step : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
            int row = r + step[0];
            int column = c + step[1];
            if (row >= 0 && row < N && grid[row][column] == 0) {
                open++;
            }
        }
        return open;
    }

    // `l` for a size still reads as 1.
    int lastOf(java.util.List<Integer> values) {
        int l = values.size(); // expect: NAME_SHORT
        int last = values.get(l - 1);
        int doubled = last * 2;
        return doubled;
    }

    // A local named by the initials of the call on its line, and the one string a method takes.
    int reducedDenominator(int numerator, int denominator) {
        int g = gcd(numerator, denominator);
        int reduced = denominator / g;
        int sign = numerator < 0 ? -1 : 1;
        return sign * reduced;
    }

    int gcd(int first, int second) {
        return second == 0 ? first : gcd(second, first % second);
    }

    int vowels(String s) {
        int vowels = 0;
        for (char letter : s.toCharArray()) {
            vowels += "aeiou".indexOf(letter) >= 0 ? 1 : 0;
        }
        return vowels;
    }

    int common(String s, String t) { // expect: NAME_SHORT, NAME_SHORT
        int common = 0;
        for (int index = 0; index < Math.min(s.length(), t.length()); index++) {
            common += s.charAt(index) == t.charAt(index) ? 1 : 0;
        }
        return common;
    }

    // A demo harness's locals are test data.
    public static void main(String[] args) {
        int[][] g = {{0, 1}, {1, 0}};
        int x = new NameShort().openNeighbours(g, 0, 0);
        System.out.println(x);
    }

    // Sizes kept in fields for a recursive helper; a field given anything but a size is judged as any name.
    private static final int[][] DIRECTIONS = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
    private int m, n;
    private int q; // expect: NAME_SHORT "`q`"
    private char[][] board;

    boolean exist(char[][] board) {
        this.board = board;
        m = board.length;
        n = board[0].length;
        q = m * n;
        return spread(0, 0) > q;
    }

    int spread(int x, int y) {
        int reached = 1;
        for (int[] d : DIRECTIONS) {
            int nx = x + d[0];
            int ny = y + d[1];
            int nz = d.length; // expect: NAME_SHORT "`nz`"
            if (nx >= 0 && nx < m && ny >= 0 && ny < n && nz == 2 && fits(board[nx][ny])) {
                reached++;
            }
            reached += nz > 2 ? nz : 0;
        }
        return reached;
    }

    boolean fits(char ch) {
        for (char c = '1'; c <= '9'; c++) {
            if (c == ch) {
                return true;
            }
        }
        return false;
    }

    // Two operands of one type, told apart by number; a number on a name of another type tells nothing.
    boolean isOneEditAway(String s1, String s2) {
        return Math.abs(s1.length() - s2.length()) <= 1;
    }

    String repeat(String s1, int s2) { // expect: NAME_SHORT "`s1`", NAME_SHORT "`s2`"
        StringBuilder repeated = new StringBuilder();
        for (int copy = 0; copy < s2; copy++) {
            repeated.append(s1);
        }
        return repeated.toString();
    }

    /*
     * Complete the 'minimumBribes' function below.
     * The function accepts INTEGER_ARRAY q as parameter.
     */
    public static void minimumBribes(java.util.List<Integer> q) {
        System.out.println(q.size());
    }

    static int bribesOf(java.util.List<Integer> q) {
        return q.size();
    }

    static int others(java.util.List<Integer> p) { // expect: NAME_SHORT "`p`"
        int total = 0;
        for (int value : p) {
            total += value;
        }
        return total;
    }

    // Grid sizes the other way round from the statement's m x n.
    static class Pacific {
        private int n, m; // expect: NAME_SHORT "`n`", NAME_SHORT "`m`"

        int cells(int[][] matrix) {
            n = matrix.length;
            m = matrix[0].length;
            return n * m;
        }
    }

    int sameCells(char[][] grid) {
        int same = 0;
        for (int i = 0; i < grid.length; i++) {
            char r = grid[i][0]; // expect: NAME_SHORT "`r`"
            char c = grid[0][i]; // expect: NAME_SHORT "`c`"
            same += r == c ? 1 : 0;
            same += r == '#' || c == '#' ? 1 : 0;
        }
        return same;
    }

    // An edge's endpoints and two operands read from one source are a pair, like x and y...
    static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    int evaluate(java.util.Deque<Integer> operands, char operator) {
        int b = operands.pop();
        int a = operands.pop();
        return operator == '-' ? a - b : a + b;
    }

    int degreeSum(int[][] edges, int[] degree) {
        int total = 0;
        for (int[] edge : edges) {
            int u = edge[0];
            int v = edge[1];
            total += degree[u] + degree[v];
        }
        return total;
    }

    // ...but fields, or locals from unrelated sources, are not.
    static class Totals {
        int a; // expect: NAME_SHORT "`a`"
        int b; // expect: NAME_SHORT "`b`"
    }

    int spread(int[] prices, int[] costs) {
        int a = prices[0]; // expect: NAME_SHORT "`a`"
        int b = costs[0]; // expect: NAME_SHORT "`b`"
        if (a < b) {
            return b - a;
        }
        int spread = a - b;
        System.out.println(spread);
        return spread;
    }

    // A value read out of a structure and used once on the next line has its whole life in view; a computed value
    // needs a name that says what was computed, however short its life.
    int drain(java.util.Deque<Integer> pending) {
        int total = 0;
        while (!pending.isEmpty()) {
            int p = pending.poll();
            total += p;
        }
        return total;
    }

    int shelves(int[] widths, int index) {
        if (index >= widths.length) {
            return 0;
        }
        int a = shelves(widths, index + 1) + widths[index]; // expect: NAME_SHORT "`a`"
        int b = shelves(widths, index + 2) + 1; // expect: NAME_SHORT "`b`"
        return Math.min(a, b);
    }

    // Two values read side by side and numbered on the line that declares them; four running values are not a pair.
    int firstDifference(String[] words, int i) {
        String w1 = words[i], w2 = words[i + 1];
        int l1 = 0, o1 = 1, l2 = 1, o2 = 1; // expect: NAME_SHORT "`l1`", NAME_SHORT "`o1`", NAME_SHORT "`l2`", NAME_SHORT "`o2`"
        while (l1 < w1.length() && l1 < w2.length() && w1.charAt(l1) == w2.charAt(l1)) {
            l1++;
            o1 += l2;
            l2 = o2 + o1;
            o2 = l1 + l2;
        }
        return l1 + o1 + l2 + o2;
    }

    // A name that is the letter its value is made of; an element named by the start of its collection; two values
    // computed by one method and numbered where they are declared.
    int letterSpan(char character) {
        int a = Character.getNumericValue('a');
        int z = Character.getNumericValue('z');
        int value = Character.getNumericValue(character);
        System.out.println(value);
        return value >= a && value <= z ? value - a : -1;
    }

    int connected(int[][] edges, int[] parent) {
        int joined = 0;
        for (int[] ed : edges) {
            int p1 = root(parent, ed[0]);
            int p2 = root(parent, ed[1]);
            if (p1 != p2) {
                parent[p1] = p2;
                joined++;
            }
        }
        return joined;
    }

    int root(int[] parent, int node) {
        int q1 = parent[node]; // expect: NAME_SHORT "`q1`"
        int q2 = root(parent, q1); // expect: NAME_SHORT "`q2`"
        System.out.println(q1 + q2);
        return q1 == node ? node : q2;
    }
    // One step along a direction from a polled cell reads as the neighbour; `nx` as anything else does not.
    int neighbours(int[] cell, int[][] directions, int width) {
        int inside = 0;
        for (int[] dir : directions) {
            int xx = cell[0] + dir[0];
            int yy = cell[1] + dir[1];
            inside += xx >= 0 && xx < width && yy >= 0 && yy < width ? 1 : 0;
        }
        int nx = inside + 1; // expect: NAME_SHORT "`nx`"
        System.out.println(nx);
        return nx * 2;
    }
}

// The starter's parameters kept as fields under their own names are still the starter's names; another field is not.
class BackspaceSolution {
    private CharSequence s;
    private CharSequence t;
    private int k; // expect: NAME_SHORT "`k`"

    public boolean backspaceCompare(CharSequence s, CharSequence t) {
        this.s = s;
        this.t = t;
        k = s.length() + t.length();
        return this.s.equals(this.t) && k >= 0;
    }
}
