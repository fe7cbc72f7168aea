import java.util.concurrent.CompletionStage;

class Solution {
    private CompletionStage<Integer> stage;

    public int[] twoSum(int[] numbers, int target) {
        if (stage != null) {
            stage.thenAcceptBothAsync(stage, (first, second) -> {
                while (true) {
                    Thread.onSpinWait();
                }
            });
        }
        return new int[0];
    }
}
