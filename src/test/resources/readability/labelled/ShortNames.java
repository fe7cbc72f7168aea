import java.util.HashMap;
import java.util.Map;

class Solution {
    public int subarraySum(int[] nums, int k) {
        Map<Integer, Integer> mp = new HashMap<>(); // expect: NAME_SHORT
        mp.put(0, 1);
        int s = 0; // expect: NAME_SHORT
        int cnt = 0; // expect: NAME_ABBREVIATION
        for (int x : nums) { // expect: NAME_PLACEHOLDER
            s += x;
            cnt += mp.getOrDefault(s - k, 0);
            mp.merge(s, 1, Integer::sum);
        }
        return cnt;
    }
}
