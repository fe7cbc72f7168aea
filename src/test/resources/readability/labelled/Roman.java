import java.util.Map;

class Solution {
    private static final Map<Character, Integer> VALUES = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50,
            'C', 100, 'D', 500, 'M', 1000);

    public int romanToInt(String s) {
        int total = 0;
        for (int index = 0; index < s.length(); index++) {
            int value = VALUES.get(s.charAt(index));
            boolean subtract = index + 1 < s.length() && value < VALUES.get(s.charAt(index + 1));
            total += subtract ? -value : value;
        }
        return total;
    }
}
