// Bug: keeps one counter per bracket type and never lets it go negative, but ignores the order
// between types, so "([)]" is accepted.
class Solution {
    public boolean isValid(String s) {
        int round = 0;
        int square = 0;
        int curly = 0;
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(' -> round++;
                case ')' -> round--;
                case '[' -> square++;
                case ']' -> square--;
                case '{' -> curly++;
                default -> curly--;
            }
            if (round < 0 || square < 0 || curly < 0) {
                return false;
            }
        }
        return round == 0 && square == 0 && curly == 0;
    }
}
