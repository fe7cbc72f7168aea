class Solution {
    public String minWindow(String s, String t) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
