import java.util.HashMap;
import java.util.Map;

// An honest one-pass answer that returns the pair as {later, earlier}: the statement accepts either order, and so
// must the growth series' answer check.
class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int index = 0; index < nums.length; index++) {
            Integer partner = seen.get(target - nums[index]);
            if (partner != null) {
                return new int[] {index, partner};
            }
            seen.put(nums[index], index);
        }
        return new int[0];
    }
}
