class Solution {
    public int findKthLargest(int[] nums, int k) {
        boolean[] used = new boolean[nums.length];
        int answer = 0;
        for (int round = 0; round < k; round++) {
            int best = -1;
            for (int i = 0; i < nums.length; i++) {
                if (!used[i] && (best == -1 || nums[i] > nums[best])) best = i;
            }
            used[best] = true;
            answer = nums[best];
        }
        return answer;
    }
}
