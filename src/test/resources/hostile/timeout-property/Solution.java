import java.util.HashMap;
import java.util.Map;

class Solution {
    static {
        // Would make every later test in a reused worker time out, were JUnit to read system properties.
        System.getProperties().put("junit.jupiter.execution.timeout.default", "1 ns");
    }

    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int index = 0; index < nums.length; index++) {
            Integer partner = seen.get(target - nums[index]);
            if (partner != null) {
                return new int[] {partner, index};
            }
            seen.put(nums[index], index);
        }
        return new int[0];
    }
}
