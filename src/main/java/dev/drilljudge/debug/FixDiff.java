package dev.drilljudge.debug;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.drilljudge.source.SourceFile;

import java.util.List;

/**
 * The size of a change in lines, from a Myers diff (java-diff-utils) of {@link CodeLines}: each changed block
 * counts the larger of its removed and added lines, so editing one line is 1, inserting two lines is 2, and
 * replacing three lines by one is 3.
 */
public final class FixDiff {
    private FixDiff() {
    }

    public static int changedLinesOfCode(List<SourceFile> before, List<SourceFile> after) {
        return changedLines(CodeLines.of(before), CodeLines.of(after));
    }

    /** The changed lines between two lists of already normalised lines. */
    public static int changedLines(List<String> before, List<String> after) {
        int changed = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            changed += Math.max(delta.getSource().size(), delta.getTarget().size());
        }
        return changed;
    }
}
