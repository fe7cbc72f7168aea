import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n strings of 8 lowercase letters in n / 2 pairs
 * of anagrams, shuffled.
 * The same n and seed always give the same arguments.
 */
public final class GroupAnagramsInputs {
    private GroupAnagramsInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>();
        for (int pair = 0; pair < Math.max(1, n / 2); pair++) {
            char[] letters = new char[8];
            for (int index = 0; index < letters.length; index++) {
                letters[index] = (char) ('a' + random.nextInt(26));
            }
            words.add(new String(letters));
            char[] reversed = new char[letters.length];
            for (int index = 0; index < letters.length; index++) {
                reversed[index] = letters[letters.length - 1 - index];
            }
            words.add(new String(reversed));
        }
        Collections.shuffle(words, random);
        return new Object[] {words.toArray(new String[0])};
    }
}
