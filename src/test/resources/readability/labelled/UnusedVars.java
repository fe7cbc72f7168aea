import java.util.HashMap;
import java.util.Map;

class Solution {
    public int firstUniqChar(String s) {
        Map<Character, Integer> counts = new HashMap<>();
        int length = s.length(); // expect: UNUSED_LOCAL
        for (char letter : s.toCharArray()) {
            counts.merge(letter, 1, Integer::sum);
        }
        for (int index = 0; index < s.length(); index++) {
            if (counts.get(s.charAt(index)) == 1) {
                return index;
            }
        }
        return -1;
    }
}
