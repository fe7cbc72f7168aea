package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.comments.Comment;
import dev.drilljudge.problem.InputSpec;
import dev.drilljudge.readability.RuleContext;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constraints an answer carries in its comments, as LeetCode exports paste them: `1 <= s.length <= 100`,
 * `m == grid.length`, `n == grid[i].length`, `1 <= m, n <= 200`, `click.length == 2`. In plain `judge lint` no
 * problem's `inputs:` say what the statement guarantees, but the statement pasted into the file does, and a
 * reviewer reads it. With a problem (submit, grade, `lint --problem`) only its `inputs:` count, so a submission
 * cannot grant itself guarantees by writing them.
 */
final class StatedConstraints {
    // Every run of digits or word characters starts only where one begins, and is matched possessively: a comment
    // is the candidate's text, and a long run must cost one pass, not one pass per character (no backtracking).
    private static final String AT_MOST = "(?:<=|≤)";
    private static final String NUMBER = "(?<![\\w.])(\\d++)";
    private static final String NAME = "(?<![\\w.])([A-Za-z_]\\w*+)";
    private static final String SIZE = "\\.(?:length|size)\\b(?:\\s*+\\(\\s*+\\))?";
    /** `1 <= nums.length`. */
    private static final Pattern LEAST_SIZE = Pattern.compile(NUMBER + "\\s*+" + AT_MOST + "\\s*+" + NAME + SIZE);
    /** `nums.length >= 2`, `click.length == 2`. */
    private static final Pattern SIZE_AT_LEAST = Pattern.compile(NAME + SIZE + "\\s*+(?:>=|≥|==)\\s*+(\\d++)");
    /** `m == grid.length`: the letter is the input's size. */
    private static final Pattern SIZE_LETTER = Pattern.compile("\\b([A-Za-z])\\s*+==\\s*+" + NAME + SIZE);
    /** `n == grid[i].length`: the letter is the length of the input's rows. */
    private static final Pattern ROW_LETTER = Pattern.compile(
            "\\b([A-Za-z])\\s*+==\\s*+" + NAME + "\\s*+\\[\\s*+\\w*+\\s*+]" + SIZE);
    /** `1 <= m, n <= 200`: the least value of each letter. */
    private static final Pattern LEAST_LETTERS = Pattern.compile(
            NUMBER + "\\s*+" + AT_MOST + "\\s*+([A-Za-z](?:\\s*+,\\s*+[A-Za-z]\\b){0,3})\\s*+" + AT_MOST);

    private final Map<String, Integer> leastLength = new HashMap<>();
    private final Map<String, Integer> leastRowLength = new HashMap<>();

    private StatedConstraints(String text) {
        Map<String, Integer> leastByLetter = new HashMap<>();
        Matcher matcher = LEAST_SIZE.matcher(text);
        while (matcher.find()) {
            raise(leastLength, matcher.group(2), Integer.parseInt(matcher.group(1)));
        }
        matcher = SIZE_AT_LEAST.matcher(text);
        while (matcher.find()) {
            raise(leastLength, matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        matcher = LEAST_LETTERS.matcher(text);
        while (matcher.find()) {
            for (String letter : matcher.group(2).split("\\s*,\\s*")) {
                raise(leastByLetter, letter.strip(), Integer.parseInt(matcher.group(1)));
            }
        }
        matcher = SIZE_LETTER.matcher(text);
        while (matcher.find()) {
            Integer least = leastByLetter.get(matcher.group(1));
            if (least != null) {
                raise(leastLength, matcher.group(2), least);
            }
        }
        matcher = ROW_LETTER.matcher(text);
        while (matcher.find()) {
            Integer least = leastByLetter.get(matcher.group(1));
            if (least != null) {
                raise(leastRowLength, matcher.group(2), least);
            }
        }
    }

    static StatedConstraints of(RuleContext context) {
        return context.shared(StatedConstraints.class, context.unit(), unit -> {
            StringBuilder text = new StringBuilder();
            for (Comment comment : context.comments()) {
                text.append(comment.getContent()).append('\n');
            }
            return new StatedConstraints(text.toString());
        });
    }

    /** The spec with the lengths the comments guarantee added; unchanged when they say nothing of this input. */
    InputSpec applyTo(String input, InputSpec spec) {
        Integer least = leastLength.get(input);
        Integer leastRow = leastRowLength.get(input);
        if (least == null && leastRow == null) {
            return spec;
        }
        OptionalInt minLength = least == null ? spec.minLength()
                : OptionalInt.of(Math.max(least, spec.minLength().orElse(0)));
        Optional<InputSpec> elements = leastRow == null ? spec.elements()
                : Optional.of(withLeastLength(spec.elementSpec(), leastRow));
        return new InputSpec(spec.nonNull(), spec.nonEmpty(), minLength, spec.maxLength(), spec.min(), spec.max(),
                elements, spec.inPlace());
    }

    private static InputSpec withLeastLength(InputSpec spec, int least) {
        return new InputSpec(spec.nonNull(), spec.nonEmpty(),
                OptionalInt.of(Math.max(least, spec.minLength().orElse(0))), spec.maxLength(), spec.min(), spec.max(),
                spec.elements(), spec.inPlace());
    }

    private static void raise(Map<String, Integer> least, String name, int value) {
        least.merge(name, value, Math::max);
    }
}
