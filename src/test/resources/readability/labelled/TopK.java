import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> frequency = new HashMap<>();
        for (int number : nums) {
            frequency.merge(number, 1, Integer::sum);
        }
        List<List<Integer>> buckets = new ArrayList<>();
        for (int count = 0; count <= nums.length; count++) {
            buckets.add(new ArrayList<>());
        }
        frequency.forEach((number, count) -> buckets.get(count).add(number));
        int[] answer = new int[k];
        int filled = 0;
        for (int count = nums.length; count > 0 && filled < k; count--) {
            for (int number : buckets.get(count)) {
                if (filled < k) {
                    answer[filled++] = number;
                }
            }
        }
        return answer;
    }
}
