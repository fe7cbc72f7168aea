package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Checkstyle's default naming patterns: camelCase members, PascalCase types, UPPER_SNAKE constants. */
public final class NameConventionRule extends BaseRule {
    public static final String ID = "NAME_CONVENTION";
    private static final Pattern CAMEL_CASE = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
    private static final Pattern PASCAL_CASE = Pattern.compile("^[A-Z][a-zA-Z0-9]*$");
    private static final Pattern UPPER_SNAKE_CASE = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");
    private static final Set<String> SERIALIZATION_FIELDS = Set.of("serialVersionUID", "serialPersistentFields");

    public NameConventionRule() {
        super(ID, Category.NAMING, Severity.MINOR, OptionalInt.empty(),
                "Java names follow one convention (camelCase members, PascalCase types, UPPER_SNAKE constants) "
                        + "so a reader knows what a name is at a glance (Insist on the Highest Standards).",
                allNodes());
    }

    private static List<Class<? extends Node>> allNodes() {
        List<Class<? extends Node>> nodes = new ArrayList<>(NameSite.VARIABLE_NODES);
        nodes.add(MethodDeclaration.class);
        nodes.addAll(NameSite.TYPE_NODES);
        return nodes;
    }

    @Override
    public void visit(Node node, RuleContext context) {
        NameSite site = NameSite.of(node).orElseThrow();
        String name = site.name();
        if (name.equals("_") || SERIALIZATION_FIELDS.contains(name)) {
            return;
        }
        List<String> words = Identifiers.words(name);
        String expected;
        String convention;
        if (site.kind() == NameKind.TYPE) {
            convention = "PascalCase";
            expected = PASCAL_CASE.matcher(name).matches() ? null : Identifiers.pascalCase(words);
        } else if (site.kind() == NameKind.CONSTANT) {
            convention = "UPPER_SNAKE_CASE";
            expected = UPPER_SNAKE_CASE.matcher(name).matches() ? null : Identifiers.upperSnakeCase(words);
        } else {
            convention = "camelCase";
            expected = CAMEL_CASE.matcher(name).matches() ? null : Identifiers.camelCase(words);
        }
        if (expected == null) {
            return;
        }
        context.report(this, site.at(),
                "`" + name + "` at line " + site.line() + " breaks the Java " + convention + " convention for a "
                        + site.kind().description() + " (Insist on the Highest Standards): conventional names "
                        + "tell a reviewer what kind of thing they read; call it `" + expected + "`.",
                "Rename `" + name + "` to `" + expected + "`.");
    }
}
