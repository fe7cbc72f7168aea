class Solution {
    public int lengthOfLongestSubstring(String s) {
        // Return the length of the longest substring of s without a repeated character.
        return -1;
    }
}
