package dev.drilljudge.repro;

import com.github.javaparser.ast.type.Type;
import dev.drilljudge.problem.InputSpec;
import dev.drilljudge.problem.ProblemInputs;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a repro input is one the statement promises to handle, by the problem.yaml {@code inputs:} contract.
 * Outside it, any behaviour is acceptable (the model answer may throw, or answer something else), so repro compares
 * with the model answer only inside it.
 */
public final class InputContract {
    private InputContract() {
    }

    /** Each way the arguments break the contract, in words; empty when they keep it. */
    public static List<String> violations(ProblemInputs inputs, List<ReproArguments.Argument> arguments) {
        List<String> violations = new ArrayList<>();
        Set<Long> firstTreeValues = null;
        for (ReproArguments.Argument argument : arguments) {
            InputSpec spec = inputs.spec(argument.name()).orElse(InputSpec.UNKNOWN);
            Type type = argument.parameter().getType();
            boolean treeLookup = ReproArguments.isNamed(type, "TreeNode") && argument.javaExpression().startsWith("find(");
            if (treeLookup) {
                if (firstTreeValues == null || !firstTreeValues.contains(argument.value().longValue())) {
                    violations.add(argument.name() + " = " + argument.value() + " is not a node of the tree");
                }
                continue;
            }
            check(spec, argument.value(), argument.name(), violations);
            if (firstTreeValues == null && ReproArguments.isNamed(type, "TreeNode") && argument.value().isArray()) {
                firstTreeValues = new HashSet<>();
                for (JsonNode node : argument.value()) {
                    if (node.isNumber()) {
                        firstTreeValues.add(node.longValue());
                    }
                }
            }
        }
        return violations;
    }

    private static void check(InputSpec spec, JsonNode value, String where, List<String> violations) {
        if (value.isNull()) {
            if (spec.nonNull()) {
                violations.add(where + " is null, and the statement says it never is");
            }
            return;
        }
        int length = value.isArray() ? value.size() : value.isString() ? value.stringValue().length() : -1;
        if (length >= 0) {
            if (length < spec.guaranteedMinLength()) {
                violations.add(where + " has length " + length + ", and the statement guarantees at least "
                        + spec.guaranteedMinLength());
            }
            if (spec.maxLength().isPresent() && length > spec.maxLength().getAsInt()) {
                violations.add(where + " has length " + length + ", above the statement's " + spec.maxLength().getAsInt());
            }
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            spec.min().filter(least -> number.compareTo(least) < 0).ifPresent(least ->
                    violations.add(where + " = " + value + " is below the statement's minimum " + least.toPlainString()));
            spec.max().filter(most -> number.compareTo(most) > 0).ifPresent(most ->
                    violations.add(where + " = " + value + " is above the statement's maximum " + most.toPlainString()));
        }
        if (value.isArray() && spec.elements().isPresent()) {
            for (int i = 0; i < value.size(); i++) {
                check(spec.elementSpec(), value.get(i), where + "[" + i + "]", violations);
            }
        }
    }
}
