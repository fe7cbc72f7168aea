// Correct but O(n^2): removes adjacent pairs until nothing changes; deep nesting needs n/2 passes.
class Solution {
    public boolean isValid(String s) {
        String previous;
        do {
            previous = s;
            s = s.replace("()", "").replace("[]", "").replace("{}", "");
        } while (!s.equals(previous));
        return s.isEmpty();
    }
}
