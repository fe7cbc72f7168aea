import java.util.List;

class Checker {
    public boolean allPositive(List<Integer> values) {
        boolean ok = true;
        for (int value : values) {
            if (value <= 0) {
                ok = false;
            }
        }
        return ok == true; // expect: BOOLEAN_LITERAL_COMPARE
    }
}
