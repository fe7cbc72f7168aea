import java.util.HashMap;
import java.util.Map;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> indexByValue = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            int temp = target - nums[i]; // expect: NAME_PLACEHOLDER
            if (indexByValue.containsKey(temp)) {
                return new int[] {indexByValue.get(temp), i};
            }
            indexByValue.put(nums[i], i);
        }
        return new int[0];
    }
}
