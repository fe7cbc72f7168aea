import java.util.List;

class Parser {
    public int sumNumbers(List<String> tokens) {
        int total = 0;
        for (String token : tokens) {
            try {
                total += Integer.parseInt(token);
            } catch (Exception e) { // expect: BROAD_CATCH
                e.printStackTrace(); // expect: LOST_CAUSE
            }
        }
        return total;
    }
}
