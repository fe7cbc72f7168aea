package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names told apart only by a number (`s1`/`s2`, `w1`/`w2`): a pair reads at once when both are the same kind. */
final class NumberedPairs {
    private static final Pattern NUMBERED = Pattern.compile("([a-z]{1,2})(\\d)");

    private NumberedPairs() {
    }

    /**
     * `isOneEditAway(String s1, String s2)`, `merge(ListNode l1, ListNode l2)`: two parameters of one type told
     * apart only by number, as a symmetric operation names its operands.
     */
    static boolean isNumberedPair(NameSite site) {
        Matcher numbered = NUMBERED.matcher(site.name());
        if (site.type() == null || !numbered.matches()) {
            return false;
        }
        String stem = numbered.group(1);
        if (site.kind() == NameKind.LOCAL && site.declaration() instanceof VariableDeclarator own
                && own.getParentNode().orElse(null) instanceof VariableDeclarationExpr statement) {
            // `String w1 = words[i], w2 = words[i + 1];`, `int p1 = find(a); int p2 = find(b);`: two values of one
            // kind, told apart by number where they are declared. Four running values numbered at once are not a pair.
            return partner(site, statement, stem)
                    .filter(other -> isSameKindOfValue(own.getInitializer(), other.getInitializer())).isPresent();
        }
        if (site.kind() != NameKind.PARAMETER
                || !(site.declaration().getParentNode().orElse(null) instanceof CallableDeclaration<?> callable)) {
            return false;
        }
        return callable.getParameters().stream().anyMatch(other -> other != site.declaration()
                && other.getType().equals(site.type()) && isSibling(site, other.getNameAsString(), stem));
    }

    /** The numbered partner declared in the same statement (of two) or in the statement right before or after. */
    private static Optional<VariableDeclarator> partner(NameSite site, VariableDeclarationExpr statement,
                                                        String stem) {
        if (statement.getVariables().size() == 2) {
            return statement.getVariables().stream().filter(other -> other != site.declaration()
                    && isSibling(site, other.getNameAsString(), stem)).findFirst();
        }
        if (statement.getVariables().size() != 1
                || !(statement.getParentNode().orElse(null) instanceof ExpressionStmt held)
                || !(held.getParentNode().orElse(null) instanceof BlockStmt block)) {
            return Optional.empty();
        }
        int at = block.getStatements().indexOf(held);
        for (int neighbour : new int[] {at - 1, at + 1}) {
            if (neighbour >= 0 && neighbour < block.getStatements().size()
                    && block.getStatement(neighbour).isExpressionStmt()
                    && block.getStatement(neighbour).asExpressionStmt().getExpression()
                    instanceof VariableDeclarationExpr other && other.getVariables().size() == 1
                    && isSibling(site, other.getVariable(0).getNameAsString(), stem)) {
                return Optional.of(other.getVariable(0));
            }
        }
        return Optional.empty();
    }

    /** Both read out of a structure, or both computed by the same method. */
    private static boolean isSameKindOfValue(Optional<Expression> first, Optional<Expression> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        if (StructureReads.isRetrieval(first.get()) && StructureReads.isRetrieval(second.get())) {
            return true;
        }
        return first.get() instanceof MethodCallExpr one && second.get() instanceof MethodCallExpr other
                && one.getNameAsString().equals(other.getNameAsString());
    }

    private static boolean isSibling(NameSite site, String other, String stem) {
        return NUMBERED.matcher(other).matches() && other.startsWith(stem) && other.length() == site.name().length();
    }
}
