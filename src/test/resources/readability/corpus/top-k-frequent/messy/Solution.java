import java.util.*;

class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        HashMap<Integer, Integer> mp = new HashMap<>();
        for (int num : nums) mp.put(num, mp.getOrDefault(num, 0) + 1);
        List<Integer>[] arr = new List[nums.length + 1];
        for (int key : mp.keySet()) {
            int f = mp.get(key);
            if (arr[f] == null) arr[f] = new ArrayList<>();
            arr[f].add(key);
        }
        int[] res = new int[k];
        int idx = 0;
        for (int i = arr.length - 1; i >= 0 && idx < k; i--) {
            if (arr[i] != null) {
                for (int x : arr[i]) {
                    if (idx < k) {
                        res[idx++] = x;
                    }
                }
            }
        }
        return res;
    }
}
