import java.util.Collections;
import java.util.List;

class Stats {
    public int median(List<Integer> values) {
        Collections.sort(values); // expect: INPUT_MUTATED
        return values.get(values.size() / 2);
    }
}
