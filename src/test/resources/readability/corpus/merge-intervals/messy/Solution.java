import java.util.*;

class Solution {
    public int[][] merge(int[][] arr) {
        Arrays.sort(arr, (a, b) -> a[0] - b[0]);
        List<int[]> res = new ArrayList<>();
        int[] cur = arr[0];
        for (int i = 1; i < arr.length; i++) {
            if (arr[i][0] <= cur[1]) {
                if (arr[i][1] > cur[1]) {
                    cur[1] = arr[i][1];
                }
            } else {
                res.add(cur);
                cur = arr[i];
            }
        }
        res.add(cur);
        int[][] ret = new int[res.size()][2];
        for (int i = 0; i < res.size(); i++) ret[i] = res.get(i);
        return ret;
    }
}
