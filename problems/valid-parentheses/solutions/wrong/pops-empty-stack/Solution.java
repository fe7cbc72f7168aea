import java.util.ArrayDeque;
import java.util.Deque;

// Bug: pops without checking whether anything is open, so a leading closer such as ")(" throws
// NoSuchElementException instead of returning false.
class Solution {
    public boolean isValid(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            if (c == '(') {
                stack.push(')');
            } else if (c == '[') {
                stack.push(']');
            } else if (c == '{') {
                stack.push('}');
            } else if (stack.pop() != c) {
                return false;
            }
        }
        return stack.isEmpty();
    }
}
