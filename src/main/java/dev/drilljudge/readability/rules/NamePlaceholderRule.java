package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.OptionalInt;

/** Placeholder names (temp, data, x...) that say nothing about what they hold. */
public final class NamePlaceholderRule extends BaseRule {
    public static final String ID = "NAME_PLACEHOLDER";

    public NamePlaceholderRule() {
        super(ID, Category.NAMING, Severity.MAJOR, OptionalInt.empty(),
                "Placeholder names such as `temp`, `data`, `arr` or a lone `x` hide what a value is for; "
                        + "a bar raiser reads them as a lack of operational clarity (Insist on the Highest Standards).",
                NameSite.VARIABLE_NODES);
    }

    @Override
    public void visit(Node node, RuleContext context) {
        NameSite site = NameSite.of(node).orElseThrow();
        if (!isPlaceholder(site, context)) {
            return;
        }
        String example = NameHints.example(site, context);
        context.report(this, site.at(),
                "`" + site.name() + "` at line " + site.line() + " does not say what it holds "
                        + "(Insist on the Highest Standards): name it for its role" + example + ".",
                example.isEmpty() ? "" : "Rename `" + site.name() + "`" + example + ".");
    }

    static boolean isPlaceholder(NameSite site, RuleContext context) {
        String name = site.name();
        boolean listed = context.config().isPlaceholder(name)
                || (name.length() > 2 && Character.isDigit(name.charAt(name.length() - 1))
                && context.config().isPlaceholder(withoutTrailingDigits(name)));
        return listed && !site.isOneLineLambdaParameter() && !site.isCoordinate() && !site.isSwapTemporary()
                && !TypeNamedVariables.repeatsType(site) && !site.isInDemoMain() && !isDummyHead(site)
                && !site.isShortLived();
    }

    /** `ListNode dummy = new ListNode(0)`: the sentinel before a list's head, a name every reviewer reads at once. */
    private static boolean isDummyHead(NameSite site) {
        return site.name().equals("dummy") && site.type() != null && site.type().isClassOrInterfaceType()
                && site.type().asClassOrInterfaceType().getNameAsString().endsWith("Node");
    }

    /** `temp2` is `temp`; plain string work, as this runs on every declaration. */
    private static String withoutTrailingDigits(String name) {
        int end = name.length();
        while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end);
    }
}
