import java.util.TreeSet;

class Solution {
    public int findKthLargest(int[] nums, int k) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int n : nums) {
            set.add(n);
            if (set.size() > k) set.pollFirst();
        }
        return set.first();
    }
}
