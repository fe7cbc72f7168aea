class Cyclomatic {
    String spell(int digit) { // expect: CYCLOMATIC "`spell` at line 2 has"
        switch (digit) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            case 7: return "seven";
            case 8: return "eight";
            case 9: return "nine";
            default: return "not a digit";
        }
    }

    String sign(int value) {
        if (value > 0) {
            return "positive";
        }
        return value < 0 ? "negative" : "zero";
    }

    String grade(int score) {
        return switch (score / 10) {
            case 10, 9 -> "A";
            case 8 -> "B";
            case 7 -> "C";
            case 6 -> "D";
            default -> "F";
        };
    }
}
