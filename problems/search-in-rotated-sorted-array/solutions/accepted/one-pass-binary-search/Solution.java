/**
 * Binary search over the rotated array: whichever way it is rotated, at least one of the halves
 * [low, middle] and [middle, high] is sorted, and a sorted half tells in O(1) whether it can hold the target.
 * O(log n) time, O(1) space.
 */
class Solution {
    private static final int NOT_FOUND = -1;

    public int search(int[] numbers, int target) {
        if (numbers == null || numbers.length == 0) {
            return NOT_FOUND;
        }
        int low = 0;
        int high = numbers.length - 1;
        while (low <= high) {
            int middle = low + (high - low) / 2;
            if (numbers[middle] == target) {
                return middle;
            }
            if (belongsLeftOfMiddle(numbers, low, middle, high, target)) {
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return NOT_FOUND;
    }

    /** Whether the target can only lie in [low, middle - 1], judged from the half that is sorted. */
    private boolean belongsLeftOfMiddle(int[] numbers, int low, int middle, int high, int target) {
        boolean leftHalfSorted = numbers[low] <= numbers[middle];
        if (leftHalfSorted) {
            return numbers[low] <= target && target < numbers[middle];
        }
        boolean inSortedRightHalf = numbers[middle] < target && target <= numbers[high];
        return !inSortedRightHalf;
    }
}
