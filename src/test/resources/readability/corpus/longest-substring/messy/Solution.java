import java.util.*;

class Solution {
    public int lengthOfLongestSubstring(String s) {
        int res = 0;
        for (int i = 0; i < s.length(); i++) {
            Set<Character> st = new HashSet<>();
            int cnt = 0;
            for (int j = i; j < s.length(); j++) {
                if (st.contains(s.charAt(j))) {
                    break;
                } else {
                    st.add(s.charAt(j));
                    cnt++;
                    if (cnt > res) {
                        res = cnt;
                    }
                }
            }
        }
        return res;
    }
}
