import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Bit tricks, BitSet, Integer/Long helpers, a seeded Random, IntStream ranges. */
class Bits {
    static int countBits(int n) {
        return Integer.bitCount(n) + Long.numberOfTrailingZeros(8L);
    }

    static String binary(int n) {
        return Integer.toBinaryString(n) + ":" + Integer.toHexString(n) + ":" + Integer.parseInt("ff", 16);
    }

    static List<Integer> primesBelow(int limit) {
        BitSet composite = new BitSet(limit);
        for (int i = 2; (long) i * i < limit; i++) {
            if (!composite.get(i)) {
                for (int j = i * i; j < limit; j += i) {
                    composite.set(j);
                }
            }
        }
        return IntStream.range(2, limit).filter(i -> !composite.get(i)).boxed().collect(Collectors.toList());
    }

    static int[] shuffled(int n, long seed) {
        Random random = new Random(seed);
        int[] values = IntStream.rangeClosed(1, n).toArray();
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    static List<List<Integer>> subsets(int[] nums) {
        Set<List<Integer>> all = new HashSet<>();
        for (int mask = 0; mask < 1 << nums.length; mask++) {
            final int bits = mask;
            all.add(IntStream.range(0, nums.length).filter(i -> (bits & 1 << i) != 0).mapToObj(i -> nums[i])
                    .toList());
        }
        return List.copyOf(all);
    }
}
