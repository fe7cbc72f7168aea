package dev.drilljudge.readability.rules;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/**
 * The body of an `if`, `else`, `for`, `while` or `do` on a line of its own without braces (Google Java Style 4.1.1,
 * Checkstyle NeedBraces with allowSingleLineStatement, Sonar S121). The next line indented under it looks like part of
 * the body and is not: the bug of Apple's `goto fail`. A body on the same line as its header (`if (n == 0) return 0;`,
 * `else return right;`) is the one-line guard every reader takes in at once, and is fine; so is `else if`.
 */
public final class MissingBracesRule extends BaseRule {
    public static final String ID = "MISSING_BRACES";

    public MissingBracesRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.empty(),
                "A body on its own line without braces invites the next edit to add a second line that looks "
                        + "guarded and is not (Insist on the Highest Standards).",
                List.of(IfStmt.class, ForStmt.class, ForEachStmt.class, WhileStmt.class, DoStmt.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        if (node instanceof IfStmt statement) {
            check(statement, statement.getThenStmt(), "if", context);
            statement.getElseStmt().filter(elseBody -> !(elseBody instanceof IfStmt))
                    .ifPresent(elseBody -> check(statement, elseBody, "else", context));
        } else if (node instanceof ForStmt statement) {
            check(statement, statement.getBody(), "for", context);
        } else if (node instanceof ForEachStmt statement) {
            check(statement, statement.getBody(), "for", context);
        } else if (node instanceof WhileStmt statement) {
            check(statement, statement.getBody(), "while", context);
        } else if (node instanceof DoStmt statement) {
            check(statement, statement.getBody(), "do", context);
        }
    }

    private void check(Statement statement, Statement body, String keyword, RuleContext context) {
        if (body instanceof BlockStmt || body instanceof EmptyStmt || body.getBegin().isEmpty()
                || body.getEnd().isEmpty() || onItsHeaderLine(body, keyword, context)) {
            return;
        }
        int line = RuleContext.line(statement);
        int bodyLine = RuleContext.line(body);
        context.report(this, body,
                "The `" + keyword + "` " + (keyword.equals("else") ? "branch" : "at line " + line) + " has its body "
                        + "on line " + bodyLine + " without braces (Insist on the Highest Standards): a line added "
                        + "under it later looks guarded and is not.",
                "Put braces around the body of the `" + keyword + "`, or keep a one-statement body on the line of "
                        + "its condition.");
    }

    /**
     * True when the body starts on the line its header ends and fits on that line: before it on that line stands only
     * the header (`if (...)`, `for (...)`, `else`, `do`), not just indentation.
     */
    private static boolean onItsHeaderLine(Statement body, String keyword, RuleContext context) {
        Position begin = body.getBegin().get();
        if (body.getEnd().get().line != begin.line) {
            return false;
        }
        String before = context.lines().line(begin.line).substring(0, begin.column - 1).strip();
        return !before.isEmpty() && (!keyword.equals("else") || before.endsWith("else"));
    }
}
