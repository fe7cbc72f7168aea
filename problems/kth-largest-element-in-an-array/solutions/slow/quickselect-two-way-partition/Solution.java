import java.util.Random;

class Solution {
    private final Random random = new Random();

    public int findKthLargest(int[] nums, int k) {
        int target = nums.length - k;
        int lo = 0, hi = nums.length - 1;
        while (lo < hi) {
            int p = partition(nums, lo, hi);
            if (p == target) return nums[p];
            if (p < target) lo = p + 1;
            else hi = p - 1;
        }
        return nums[lo];
    }

    // Lomuto partition with a random pivot: with many equal values every element lands on one side.
    private int partition(int[] a, int lo, int hi) {
        int r = lo + random.nextInt(hi - lo + 1);
        swap(a, r, hi);
        int pivot = a[hi];
        int store = lo;
        for (int i = lo; i < hi; i++) {
            if (a[i] < pivot) swap(a, i, store++);
        }
        swap(a, store, hi);
        return store;
    }

    private void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
