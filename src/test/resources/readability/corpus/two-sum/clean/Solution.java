import java.util.HashMap;
import java.util.Map;

class Solution {
    /** Returns the indices of the two numbers that add up to target. */
    public int[] twoSum(int[] nums, int target) {
        if (nums == null || nums.length < 2) {
            throw new IllegalArgumentException("need at least two numbers, got "
                    + (nums == null ? "null" : nums.length));
        }
        Map<Integer, Integer> indexByValue = new HashMap<>();
        for (int index = 0; index < nums.length; index++) {
            int complement = target - nums[index];
            Integer partnerIndex = indexByValue.get(complement);
            if (partnerIndex != null) {
                return new int[] {partnerIndex, index};
            }
            indexByValue.put(nums[index], index);
        }
        throw new IllegalArgumentException("no two numbers add up to " + target);
    }
}
