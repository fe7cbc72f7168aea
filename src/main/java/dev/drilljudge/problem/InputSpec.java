package dev.drilljudge.problem;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a problem statement guarantees about one input (a starter parameter) or about each element of one, from
 * the {@code inputs:} section of problem.yaml. Anything not stated is not guaranteed: an input with no
 * {@code nonNull: true} may be null, one with no length bound may be empty.
 *
 * @param nonNull   the input is never null (for elements: no element is null)
 * @param nonEmpty  the array, collection or string has at least one element or character
 * @param minLength the least length (array length, size, string length); {@code nonEmpty} is the same as 1
 * @param maxLength the greatest length
 * @param min       the least value of a number (inclusive)
 * @param max       the greatest value of a number (inclusive)
 * @param elements  what holds for every element of an array or collection (or every row of a grid)
 * @param inPlace   the statement asks the method to change this input in place (e.g. "sort colours in place"),
 *                  so writing into it is the task, not a side effect on the caller
 */
public record InputSpec(boolean nonNull, boolean nonEmpty, OptionalInt minLength, OptionalInt maxLength,
                        Optional<BigDecimal> min, Optional<BigDecimal> max, Optional<InputSpec> elements,
                        boolean inPlace) {

    /** Nothing guaranteed: may be null, may be empty, any value. */
    public static final InputSpec UNKNOWN = new InputSpec(false, false, OptionalInt.empty(), OptionalInt.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), false);

    /** What plain `judge lint` assumes without a problem: inputs are not null, nothing more. */
    public static final InputSpec NON_NULL = new InputSpec(true, false, OptionalInt.empty(), OptionalInt.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), false);

    /** The least length the statement guarantees: {@code minLength}, or 1 for {@code nonEmpty}, else 0. */
    public int guaranteedMinLength() {
        return Math.max(minLength.orElse(0), nonEmpty ? 1 : 0);
    }

    /** True when index {@code index} (0-based) always exists: the guaranteed length is above it. */
    public boolean hasIndex(int index) {
        return guaranteedMinLength() > index;
    }

    /** What holds for each element; {@link #UNKNOWN} when nothing is stated. */
    public InputSpec elementSpec() {
        return elements.orElse(UNKNOWN);
    }

    /** True when the least value is above zero, so dividing by it is safe. */
    public boolean isPositive() {
        return min.filter(least -> least.signum() > 0).isPresent();
    }
}
