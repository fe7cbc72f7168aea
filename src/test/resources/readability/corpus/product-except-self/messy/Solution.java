class Solution {
    public int[] productExceptSelf(int[] arr) {
        int[] res = new int[arr.length];
        int tmp = 1;
        for (int i = 0; i < arr.length; i++) { res[i] = tmp; tmp = tmp * arr[i]; }
        tmp = 1;
        for (int i = arr.length - 1; i >= 0; i--) { res[i] = res[i] * tmp; tmp = tmp * arr[i]; }
        return res;
    }
}
