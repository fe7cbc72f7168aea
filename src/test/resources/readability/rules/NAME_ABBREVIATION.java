import java.util.List;

class NameAbbreviation {
    static final String DEFAULT_HTTP_URL = "https://example.com";
    int numberOfItems;
    int numItems;
    int maxNum; // expect: NAME_ABBREVIATION "`maxNum` at line 7 abbreviates `num`"

    int countEvens(List<Integer> nums) {
        int cnt = 0; // expect: NAME_ABBREVIATION
        for (int num : nums) {
            if (num % 2 == 0) {
                cnt++;
            }
        }
        return cnt;
    }

    int maxIdx(int[] values) { // expect: NAME_ABBREVIATION
        int bestIndex = 0;
        for (int index = 1; index < values.length; index++) {
            if (values[index] > values[bestIndex]) {
                bestIndex = index;
            }
        }
        return bestIndex;
    }

    String parseHTTPURL(String address) { // expect: NAME_ABBREVIATION
        return address;
    }

    String toJSON(String value) {
        return value;
    }

    // A constructor parameter named after its field: the field is where the name is judged.
    static final class Window {
        private final int len; // expect: NAME_ABBREVIATION

        Window(int len) {
            this.len = len;
        }
    }

    // The one string a method takes may be `str`, and `strIndex` is the index into it; with two strings, say which.
    int vowels(String str) {
        int vowels = 0;
        for (int strIndex = 0; strIndex < str.length(); strIndex++) {
            vowels += "aeiou".indexOf(str.charAt(strIndex)) >= 0 ? 1 : 0;
        }
        return vowels;
    }

    boolean startsAt(String pattern, String str, int from) { // expect: NAME_ABBREVIATION
        return str.startsWith(pattern, from);
    }

    // Read once, on the next line, straight out of a structure: its whole life is in view, as NAME_SHORT and
    // NAME_PLACEHOLDER let it be. Read again further down, it needs its word.
    int drain(java.util.ArrayDeque<Integer> queue) {
        int total = 0;
        while (!queue.isEmpty()) {
            int num = queue.poll();
            total += num;
        }
        return total;
    }

    int largestGap(java.util.ArrayDeque<Integer> queue) {
        int gap = 0;
        int previous = 0;
        while (!queue.isEmpty()) {
            int num = queue.poll(); // expect: NAME_ABBREVIATION "abbreviation where a word would do"
            gap = Math.max(gap, num - previous);
            previous = num;
        }
        return gap;
    }
}
