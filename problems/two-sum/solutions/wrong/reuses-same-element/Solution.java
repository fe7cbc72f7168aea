import java.util.HashMap;
import java.util.Map;

// Bug: fills the map first, then looks up the complement without checking that it is a different index,
// so for [3, 2, 4] and target 6 it pairs the 3 with itself.
class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> indexByValue = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            indexByValue.put(nums[i], i);
        }
        for (int i = 0; i < nums.length; i++) {
            Integer other = indexByValue.get(target - nums[i]);
            if (other != null) {
                return new int[] {i, other};
            }
        }
        return new int[0];
    }
}
