class Solution {
    public int numIslands(char[][] grid) {
        // Return the number of groups of '1' cells connected up, down, left or right.
        return -1;
    }
}
