class Solution {
    public int[] twoSum(int[] numbers, int target) {
        try {
            var handler = new java.util.logging.FileHandler("/tmp/pwned-%u.log");
            handler.publish(new java.util.logging.LogRecord(java.util.logging.Level.SEVERE, "pwned"));
            handler.close();
        } catch (Exception ignored) {
            // the file is the attack
        }
        return new int[0];
    }
}
