class Solution {
    /** For each index, the product of every other element, without division. */
    public int[] productExceptSelf(int[] nums) {
        if (nums == null || nums.length == 0) {
            return new int[0];
        }
        int[] products = new int[nums.length];
        int productToTheLeft = 1;
        for (int index = 0; index < nums.length; index++) {
            products[index] = productToTheLeft;
            productToTheLeft *= nums[index];
        }
        int productToTheRight = 1;
        for (int index = nums.length - 1; index >= 0; index--) {
            products[index] *= productToTheRight;
            productToTheRight *= nums[index];
        }
        return products;
    }
}
