package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/**
 * Unnamed numeric literals. Low weight. 0, 1, 2 and -1 are exempt, as are constant declarations
 * (static final fields), annotations, enum constant arguments and hashCode methods.
 */
public final class MagicNumberRule extends BaseRule {
    public static final String ID = "MAGIC_NUMBER";

    public MagicNumberRule() {
        super(ID, Category.MODULARITY, Severity.INFO, OptionalInt.empty(),
                "An unnamed number such as 26 or 1000000007 makes the reader guess why that value; a named "
                        + "constant states the intent once (Insist on the Highest Standards). Low weight.",
                List.of(IntegerLiteralExpr.class, LongLiteralExpr.class, DoubleLiteralExpr.class));
    }

    /** Low weight: half a minor finding. */
    @Override
    public double defaultWeight() {
        return 0.5;
    }

    @Override
    public void visit(Node node, RuleContext context) {
        LiteralStringValueExpr literal = (LiteralStringValueExpr) node;
        double value = valueOf(literal);
        if (value == 0 || value == 1 || value == 2 || isExemptContext(literal)) {
            return;
        }
        String declared = MagicNumberContext.constantEqualTo(literal, value, context).orElse(null);
        if (declared == null && MagicNumberContext.isNamedByUse(literal, context)) {
            return;
        }
        boolean negative = literal.getParentNode().filter(parent -> parent instanceof UnaryExpr unary
                && unary.getOperator() == UnaryExpr.Operator.MINUS).isPresent();
        String shown = (negative ? "-" : "") + literal.getValue();
        String message = "`" + shown + "` at line " + RuleContext.line(literal) + " is a magic number (Insist on the "
                + "Highest Standards): a reader cannot tell why this value";
        if (declared != null) {
            context.report(this, literal, message + ", and `" + declared + "` already names it.",
                    "Use `" + declared + "` instead of `" + shown + "`.");
            return;
        }
        String name = MagicNumberContext.knownName(value);
        context.report(this, literal, message + ".", name == null ? ""
                : "Name it once: `private static final " + typeOf(literal) + " " + name + " = " + shown + ";`.");
    }

    private static String typeOf(LiteralStringValueExpr literal) {
        if (literal instanceof LongLiteralExpr) {
            return "long";
        }
        return literal instanceof DoubleLiteralExpr ? "double" : "int";
    }

    private static double valueOf(LiteralStringValueExpr literal) {
        String text = literal.getValue();
        if (text.length() == 1 && Character.isDigit(text.charAt(0))) {
            return text.charAt(0) - '0';
        }
        try {
            if (literal instanceof IntegerLiteralExpr integer) {
                return IntegerLiterals.value(integer);
            }
            if (literal instanceof LongLiteralExpr longLiteral) {
                return longLiteral.asNumber().doubleValue();
            }
            return ((DoubleLiteralExpr) literal).asDouble();
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean isExemptContext(Node literal) {
        Node current = literal.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof FieldDeclaration field) {
                return field.isStatic() && field.isFinal();
            }
            if (current instanceof AnnotationExpr || current instanceof EnumConstantDeclaration) {
                return true;
            }
            if (current instanceof MethodDeclaration method) {
                return method.getNameAsString().equals("hashCode");
            }
            current = current.getParentNode().orElse(null);
        }
        return false;
    }
}
