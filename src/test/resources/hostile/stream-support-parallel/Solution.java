import java.util.List;
import java.util.stream.StreamSupport;

class Solution {
    public int[] twoSum(int[] numbers, int target) {
        long pairs = StreamSupport.stream(List.of(1, 2, 3).spliterator(), true)
                .peek(value -> { while (true) { Thread.onSpinWait(); } }).count();
        return new int[] {(int) pairs};
    }
}
