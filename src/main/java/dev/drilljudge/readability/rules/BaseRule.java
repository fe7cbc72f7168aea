package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.Rule;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/** The fixed facts of a rule, so each rule class holds only its check. */
abstract class BaseRule implements Rule {
    private final String id;
    private final Category category;
    private final Severity severity;
    private final OptionalInt defaultThreshold;
    private final String rationale;
    private final List<Class<? extends Node>> nodeTypes;

    BaseRule(String id, Category category, Severity severity, OptionalInt defaultThreshold, String rationale,
             List<Class<? extends Node>> nodeTypes) {
        this.id = id;
        this.category = category;
        this.severity = severity;
        this.defaultThreshold = defaultThreshold;
        this.rationale = rationale;
        this.nodeTypes = List.copyOf(nodeTypes);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Category category() {
        return category;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final OptionalInt defaultThreshold() {
        return defaultThreshold;
    }

    @Override
    public final String rationale() {
        return rationale;
    }

    @Override
    public final List<Class<? extends Node>> nodeTypes() {
        return nodeTypes;
    }

    @Override
    public String toString() {
        return id;
    }
}
