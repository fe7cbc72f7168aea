import java.util.List;

class Solution {
    /** Sums the whole numbers in lines; a line that is not a number is rejected with its position. */
    public long sumOfNumbers(List<String> lines) {
        if (lines == null) {
            throw new IllegalArgumentException("lines must not be null");
        }
        long total = 0;
        for (int lineNumber = 0; lineNumber < lines.size(); lineNumber++) {
            total += parseLine(lines.get(lineNumber), lineNumber + 1);
        }
        return total;
    }

    private static long parseLine(String line, int lineNumber) {
        try {
            return Long.parseLong(line.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + lineNumber + " is not a whole number: '" + line + "'", e);
        }
    }
}
