import java.util.*;

class Solution {
    public int[] twoSum(int[] arr, int t) {
        HashMap<Integer, Integer> m = new HashMap<>();
        int[] res = new int[2];
        for (int i = 0; i < arr.length; i++) {
            int temp = t - arr[i];
            if (m.containsKey(temp)) {
                res[0] = m.get(temp);
                res[1] = i;
                return res;
            }
            m.put(arr[i], i);
        }
        return null;
    }
}
