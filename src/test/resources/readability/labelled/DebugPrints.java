class Solution {
    public int lengthOfLongestSubstring(String s) {
        int[] lastSeen = new int[128];
        int best = 0;
        int start = 0;
        for (int end = 0; end < s.length(); end++) {
            char letter = s.charAt(end);
            start = Math.max(start, lastSeen[letter]);
            best = Math.max(best, end - start + 1);
            lastSeen[letter] = end + 1;
            System.out.println("window " + start + ".." + end); // expect: DEBUG_OUTPUT
        }
        return best;
    }
}
