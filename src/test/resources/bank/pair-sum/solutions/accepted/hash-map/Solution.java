import java.util.HashMap;
import java.util.Map;

class Solution {
    public int[] twoSum(int[] numbers, int target) {
        if (numbers == null || numbers.length < 2) {
            throw new IllegalArgumentException("need at least two numbers");
        }
        Map<Integer, Integer> indexByValue = new HashMap<>();
        for (int index = 0; index < numbers.length; index++) {
            Integer partnerIndex = indexByValue.get(target - numbers[index]);
            if (partnerIndex != null) {
                return new int[] {partnerIndex, index};
            }
            indexByValue.put(numbers[index], index);
        }
        throw new IllegalArgumentException("no two numbers add up to " + target);
    }
}
