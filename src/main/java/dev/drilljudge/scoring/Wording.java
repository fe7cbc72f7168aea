package dev.drilljudge.scoring;

/** Small wording helpers shared by the debriefs and the text renderers. */
public final class Wording {
    private Wording() {
    }

    /** "1 rejected submit", "2 rejected submits". */
    public static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
