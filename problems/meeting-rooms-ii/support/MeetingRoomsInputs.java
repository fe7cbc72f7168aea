import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n random meetings of up to an hour over a 100
 * 000-minute day.
 * The same n and seed always give the same arguments.
 */
public final class MeetingRoomsInputs {
    private MeetingRoomsInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        Random random = new Random(seed);
        int[][] meetings = new int[Math.max(1, n)][];
        for (int index = 0; index < meetings.length; index++) {
            int start = random.nextInt(100_000);
            meetings[index] = new int[] {start, start + 1 + random.nextInt(60)};
        }
        return new Object[] {meetings};
    }
}
