package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * `==` or `!=` between strings: a string literal, a variable declared `String`, or a call known to return a new
 * string. It compares identity, so it passes with literals in a quick test and fails on strings built at run time.
 * A comparison with `null` is fine.
 */
public final class StringIdentityRule extends BaseRule {
    public static final String ID = "STRING_IDENTITY";
    private static final Set<String> STRING_RETURNING = Set.of("substring", "toString", "trim", "strip",
            "toLowerCase", "toUpperCase", "concat", "repeat", "valueOf", "join", "readLine", "nextLine");

    public StringIdentityRule() {
        super(ID, Category.EDGE_CASES, Severity.MAJOR, OptionalInt.empty(),
                "`==` on strings compares references: it passes on literals in a quick test and fails on the first "
                        + "string read or built at run time, the edge case a reviewer checks first (Dive Deep).",
                List.of(BinaryExpr.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        BinaryExpr binary = (BinaryExpr) node;
        boolean equals = binary.getOperator() == BinaryExpr.Operator.EQUALS;
        if (!equals && binary.getOperator() != BinaryExpr.Operator.NOT_EQUALS) {
            return;
        }
        Expression left = binary.getLeft();
        Expression right = binary.getRight();
        if (left.isNullLiteralExpr() || right.isNullLiteralExpr()) {
            return;
        }
        boolean leftString = isString(left);
        boolean rightString = isString(right);
        boolean literalOnOneSide = left.isStringLiteralExpr() || right.isStringLiteralExpr();
        if (!(leftString && rightString) && !(literalOnOneSide && (leftString || rightString))) {
            return;
        }
        String first = context.sourceText(left);
        String second = context.sourceText(right);
        String fix = (equals ? "" : "!") + (left.isStringLiteralExpr() ? first + ".equals(" + second + ")"
                : right.isStringLiteralExpr() ? second + ".equals(" + first + ")"
                : "Objects.equals(" + first + ", " + second + ")");
        context.report(this, binary,
                "`" + context.sourceText(binary) + "` at line " + RuleContext.line(binary) + " compares strings by "
                        + "identity, not content (Dive Deep): it fails as soon as one string is read or built at run time.",
                "Compare contents: `" + fix + "`.");
    }

    private static boolean isString(Expression expression) {
        if (expression.isStringLiteralExpr() || expression.isTextBlockLiteralExpr()) {
            return true;
        }
        if (expression instanceof NameExpr name) {
            return DeclaredTypes.of(name, name.getNameAsString())
                    .filter(type -> DeclaredTypes.simpleName(type).equals("String")).isPresent();
        }
        return expression instanceof MethodCallExpr call && STRING_RETURNING.contains(call.getNameAsString())
               ;
    }
}
