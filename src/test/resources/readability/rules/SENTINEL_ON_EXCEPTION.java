import java.util.List;

class Parsing {
    int ratio(int total, int parts) {
        try {
            return total / parts;
        } catch (ArithmeticException e) { // expect: SENTINEL_ON_EXCEPTION "return -1;"
            return -1;
        }
    }

    String firstLine(List<String> lines) {
        try {
            return lines.get(0);
        } catch (IndexOutOfBoundsException e) { // expect: SENTINEL_ON_EXCEPTION "cannot tell the failure"
            return null;
        }
    }

    boolean isNumber(String text) {
        try {
            Integer.parseInt(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    Integer tryParse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text, e);
        }
    }
}
