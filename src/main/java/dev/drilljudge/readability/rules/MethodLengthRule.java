package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.body.CallableDeclaration;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.OptionalInt;

/** Methods longer than the threshold (30 lines of code, blank and comment-only lines excluded). */
public final class MethodLengthRule extends MethodRule {
    public static final String ID = "METHOD_LENGTH";

    public MethodLengthRule() {
        super(ID, Category.MODULARITY, Severity.MAJOR, OptionalInt.of(30),
                "A method longer than 30 lines of code does several jobs and no longer fits on a whiteboard or a "
                        + "screen; small, named steps are what a bar raiser calls modular (Insist on the Highest Standards).");
    }

    @Override
    void check(CallableDeclaration<?> callable, RuleContext context) {
        int begin = callable.getBegin().map(position -> position.line).orElse(1);
        int end = callable.getEnd().map(position -> position.line).orElse(begin);
        int length = context.lines().count(begin, end);
        int limit = context.threshold(this);
        if (length <= limit) {
            return;
        }
        context.report(this, callable.getName(),
                name(callable) + " at line " + RuleContext.line(callable.getName()) + " is " + length
                        + " lines of code (limit " + limit + ") (Insist on the Highest Standards): it does several "
                        + "jobs, and a reviewer cannot see it whole.",
                "Extract each step (validate, compute, build the answer) into a method named for what it does.");
    }
}
