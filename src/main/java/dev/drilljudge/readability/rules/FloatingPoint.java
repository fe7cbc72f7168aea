package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;

/**
 * Whether an operand is a `double` or `float`, read from the source alone: a floating literal, a cast to one, or a
 * variable declared as one. Division by zero in floating point gives infinity or NaN instead of throwing.
 */
final class FloatingPoint {
    private FloatingPoint() {
    }

    static boolean is(Expression operand) {
        Expression expression = operand;
        while (expression instanceof EnclosedExpr enclosed) {
            expression = enclosed.getInner();
        }
        if (expression instanceof DoubleLiteralExpr) {
            return true;
        }
        if (expression instanceof CastExpr cast) {
            return isFloatingType(cast.getType().asString());
        }
        if (expression instanceof NameExpr name) {
            return DeclaredTypes.of(name, name.getNameAsString())
                    .map(type -> isFloatingType(type.asString())).orElse(false);
        }
        return false;
    }

    private static boolean isFloatingType(String type) {
        return type.equals("double") || type.equals("float") || type.equals("Double") || type.equals("Float");
    }
}
