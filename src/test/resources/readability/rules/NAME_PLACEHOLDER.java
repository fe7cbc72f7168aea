import java.util.List;
import java.util.Map;

class NamePlaceholder {
    private int data; // expect: NAME_PLACEHOLDER "`data` at line 5 does not say what it holds"
    private int template;

    int swapFirstTwo(int[] values) {
        int temp = values[0];
        values[0] = values[1];
        values[1] = temp;
        return temp;
    }

    int doubledFirst(int[] values) {
        int temp = values[0]; // expect: NAME_PLACEHOLDER
        temp *= 2;
        return temp;
    }

    int manhattan(int x, int y) {
        return Math.abs(x) + Math.abs(y);
    }

    int triple(int x) { // expect: NAME_PLACEHOLDER
        return x * 3;
    }

    List<Integer> doubled(List<Integer> numbers) {
        return numbers.stream().map(x -> x * 2).toList();
    }

    String describe(Object obj) { // expect: NAME_PLACEHOLDER
        String tmp2 = String.valueOf(obj); // expect: NAME_PLACEHOLDER
        return tmp2;
    }

    int total(Map<String, Integer> countsByWord) {
        int res = 0; // expect: NAME_PLACEHOLDER
        for (int count : countsByWord.values()) {
            res += count;
        }
        return res;
    }

    record Point(int x, int y) {
    }

    double length(Point point) {
        int x1 = point.x();
        int y1 = point.y();
        return Math.sqrt(x1 * x1 + y1 * y1);
    }

    int sumGrid(int[][] grid) {
        int total = 0;
        for (int x = 0; x < grid.length; x++) {
            for (int y = 0; y < grid[x].length; y++) {
                total += grid[x][y];
            }
        }
        return total;
    }

    int origin() {
        int x = 0, y = 0;
        return x + y;
    }

    int profit(int[] prices) {
        int x = prices[0]; // expect: NAME_PLACEHOLDER
        int y = 0; // expect: NAME_PLACEHOLDER
        for (int price : prices) {
            x = Math.min(x, price);
            y = Math.max(y, price - x);
        }
        return y;
    }

    // The overridden signature gives the name: Object.equals(Object obj).
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        return obj instanceof NamePlaceholder;
    }

    @Override
    public int hashCode() {
        return 1;
    }

    // A name that repeats its type is not a placeholder: the declaration says what it is.
    static final class Data {
        int size;
    }

    int sizeOf(Data data) {
        int size = data.size;
        size += 1;
        return size;
    }

    // The sentinel before a list's head is `dummy`; a `temp` declared once and only ever swapped through is a swap.
    static final class ListNode {
        int val;
        ListNode next;
    }

    ListNode withoutFirst(ListNode head) {
        ListNode dummy = new ListNode();
        dummy.next = head;
        dummy.next = dummy.next.next;
        return dummy.next;
    }

    void reverse(int[] values) {
        int temp;
        for (int left = 0, right = values.length - 1; left < right; left++, right--) {
            temp = values[left];
            values[left] = values[right];
            values[right] = temp;
        }
    }

    int lastDoubled(int[] values) {
        int temp; // expect: NAME_PLACEHOLDER
        temp = values[values.length - 1];
        temp *= 2;
        return temp;
    }
}

// HackerRank's template main reads the input and calls the function the candidate fills in: its names are given.
// A static method main does not call is the candidate's own.
class Result {
    static int pairs(int k, int[] arr) {
        return k + arr.length;
    }

    static int unused(String data) { // expect: NAME_PLACEHOLDER
        return data.length();
    }

    public static void main(String[] args) {
        java.util.Scanner in = new java.util.Scanner(System.in);
        System.out.println(pairs(in.nextInt(), new int[] {in.nextInt()}));
    }
}
