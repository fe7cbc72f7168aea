package dev.drilljudge.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code inputs:} section of problem.yaml: per starter parameter name, what the statement guarantees.
 * A name applies to every parameter of that name in the starter's public methods and constructors.
 *
 * @param byParameter parameter name to its guarantees, in file order
 */
public record ProblemInputs(Map<String, InputSpec> byParameter) {
    /** A problem.yaml with no {@code inputs:} section: nothing is guaranteed. */
    public static final ProblemInputs NONE = new ProblemInputs(Map.of());

    public ProblemInputs {
        byParameter = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byParameter));
    }

    public Optional<InputSpec> spec(String parameterName) {
        return Optional.ofNullable(byParameter.get(parameterName));
    }

    public boolean isEmpty() {
        return byParameter.isEmpty();
    }
}
