import java.util.*;

class Solution {
    public long sumOfNumbers(List<String> data) {
        long ret = 0;
        for (String s : data) {
            try {
                ret += Long.parseLong(s.trim());
            } catch (Exception e) {
                e.printStackTrace();
            }
        }
        return ret;
    }
}
