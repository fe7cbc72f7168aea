import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class PairSumHiddenTest {
    private static int[] sorted(int[] indices) {
        int[] copy = indices.clone();
        Arrays.sort(copy);
        return copy;
    }

    @Test
    @DisplayName("example 1")
    void a_example() {
        assertThat(sorted(new Solution().twoSum(new int[] {2, 7, 11, 15}, 9))).as("twoSum([2,7,11,15], 9)")
                .containsExactly(0, 1);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: pair is not adjacent")
    void b_notAdjacent() {
        assertThat(sorted(new Solution().twoSum(new int[] {3, 2, 4, 9}, 12))).as("twoSum([3,2,4,9], 12)")
                .containsExactly(0, 3);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 100000 numbers")
    void c_large() {
        int size = 100_000;
        int[] numbers = new int[size];
        for (int index = 0; index < size; index++) {
            numbers[index] = index * 2;
        }
        int target = numbers[size - 1] + numbers[size - 2];
        assertThat(sorted(new Solution().twoSum(numbers, target))).containsExactly(size - 2, size - 1);
    }
}
