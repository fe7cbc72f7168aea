class Solution {
    public int[] twoSum(int[] nums, int target) {
        throw new Stall();
    }

    /** A message that never comes back: whoever reads it without a time bound hangs. */
    static final class Stall extends AssertionError {
        @Override
        public String getMessage() {
            long spins = 0;
            while (spins >= 0) {
                spins++;
            }
            return "never";
        }
    }
}
