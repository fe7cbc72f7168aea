class Solution {
    public boolean isValid(String s) {
        // Return true when every bracket in s is closed by the same type, in the right order.
        throw new UnsupportedOperationException("not implemented yet");
    }
}
