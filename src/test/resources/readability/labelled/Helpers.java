class Text {
    public String reversed(String text) {
        StringBuilder sb = new StringBuilder(text);
        return sb.reverse().toString();
    }

    public boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
