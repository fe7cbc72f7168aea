package dev.drilljudge.readability;

import com.github.javaparser.ast.Node;

import java.util.List;
import java.util.OptionalInt;

/**
 * One readability rule. The analyzer walks each syntax tree once and hands every node whose class is in
 * {@link #nodeTypes()} to {@link #visit}, so a rule costs one dispatch per node it cares about.
 */
public interface Rule {
    /** Fixed id, used in findings, configuration and `// judge:ignore` comments. */
    String id();

    Category category();

    Severity severity();

    /** The default limit of a rule that counts something (e.g. 15 for cognitive complexity); empty otherwise. */
    OptionalInt defaultThreshold();

    /** What the rule flags and why a bar raiser cares, one sentence, for the docs. */
    String rationale();

    /** What one finding weighs in the score unless configured: its severity's weight by default. */
    default double defaultWeight() {
        return SeverityWeights.of(severity());
    }

    /** True for positive signals (guard clauses) that earn credit instead of costing points. */
    default boolean isSignal() {
        return false;
    }

    /** The exact node classes this rule wants to visit. */
    List<Class<? extends Node>> nodeTypes();

    void visit(Node node, RuleContext context);
}
