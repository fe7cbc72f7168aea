import java.util.HashMap;
import java.util.Map;

/**
 * One pass with a map from each value seen so far to its index: for every number, the partner it needs
 * (target - number) has either been seen already or will find this number later. O(n) time, O(n) space.
 */
class Solution {
    public int[] twoSum(int[] numbers, int target) {
        if (numbers == null || numbers.length < 2) {
            throw new IllegalArgumentException("twoSum needs at least two numbers");
        }
        Map<Integer, Integer> indexByValue = new HashMap<>();
        for (int i = 0; i < numbers.length; i++) {
            int complement = target - numbers[i];
            Integer partnerIndex = indexByValue.get(complement);
            if (partnerIndex != null) {
                return new int[] {partnerIndex, i};
            }
            // Stored after the lookup, so a number is never paired with itself.
            indexByValue.put(numbers[i], i);
        }
        throw new IllegalArgumentException("no two numbers add up to " + target);
    }
}
