package dev.drilljudge.verdict;

/**
 * What the growth series' answer check found: one call of every measured sample, compared with the model answer's on
 * the same generated input.
 *
 * @param checked     calls compared with the model answer's (right and wrong)
 * @param wrong       of those, the calls whose answer differs
 * @param unchecked   calls picked but not compared: the problem's generated inputs have several right answers, there is
 *                    no model answer, or the model answer's worker gave none for the call
 * @param wrongAtSize the smallest size with a wrong answer; null when none was wrong
 */
public record GrowthAnswers(int checked, int wrong, int unchecked, Integer wrongAtSize) {
    /** Nothing was checked: a measurement made before answers were checked, or one that stopped before any sample. */
    public static final GrowthAnswers NONE = new GrowthAnswers(0, 0, 0, null);

    public boolean anyWrong() {
        return wrong > 0;
    }

    /** The debrief's note on a wrong answer: "wrong answer on a generated input of size 64000". */
    public String wrongNote() {
        return "wrong answer on a generated input of size " + wrongAtSize;
    }
}
