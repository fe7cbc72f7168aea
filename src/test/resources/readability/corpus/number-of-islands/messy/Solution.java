class Solution {
    public int numIslands(char[][] g) {
        int c = 0;
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[0].length; j++) {
                if (g[i][j] == '1') {
                    c++;
                    java.util.LinkedList<int[]> q = new java.util.LinkedList<>();
                    q.add(new int[] {i, j});
                    g[i][j] = '0';
                    while (!q.isEmpty()) {
                        int[] temp = q.poll();
                        int x = temp[0], y = temp[1];
                        if (x > 0 && g[x - 1][y] == '1') { g[x - 1][y] = '0'; q.add(new int[] {x - 1, y}); }
                        if (x < g.length - 1 && g[x + 1][y] == '1') { g[x + 1][y] = '0'; q.add(new int[] {x + 1, y}); }
                        if (y > 0 && g[x][y - 1] == '1') { g[x][y - 1] = '0'; q.add(new int[] {x, y - 1}); }
                        if (y < g[0].length - 1 && g[x][y + 1] == '1') { g[x][y + 1] = '0'; q.add(new int[] {x, y + 1}); }
                    }
                }
            }
        }
        return c;
    }
}
