import java.util.HashMap;
import java.util.Map;

class Solution {
    public int[] twoSum(int[] numbers, int target) {
        try {
            for (int line = 0; line < 1_000_000; line++) {
                System.out.println("debugging line " + line);
            }
        } catch (Throwable ignored) {
            // A hostile answer swallows the judge's error and carries on.
        }
        Map<Integer, Integer> seen = new HashMap<>();
        for (int index = 0; index < numbers.length; index++) {
            Integer other = seen.get(target - numbers[index]);
            if (other != null) {
                return new int[] {other, index};
            }
            seen.put(numbers[index], index);
        }
        return new int[0];
    }
}
