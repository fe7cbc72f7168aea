package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.LineComment;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.CodeLines;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Lines of code wider than Google Java Style's column limit (100), measured as Checkstyle's LineLength does: a tab
 * advances to the next multiple of 8. Only the code is measured: a line that is only comment (a pasted problem
 * statement, a Javadoc paragraph) and a trailing `//` comment are prose an editor wraps, and a reviewer reads past
 * them. `package` and `import` lines are exempt, as Google's style exempts them: they cannot be wrapped. So is a demo
 * `main`, whose lines are test data.
 * <p>
 * A reviewer does not stop at column 101: a line up to 5% over the limit is let pass, one up to 10% over is raised
 * only when it packs several steps (two calls or conditions, e.g. `map.computeIfAbsent(...).add(...)`), and a wider
 * line always is. A long signature or a throw with its message a few columns over holds one idea; a signature may
 * run up to 14 columns over, since wrapping its parameters one to a line costs the reader more than it saves.
 */
public final class LineLengthRule extends BaseRule {
    public static final String ID = "LINE_LENGTH";
    private static final int TAB_WIDTH = 8;
    /** Columns over the limit a method's signature may run before a reviewer asks to wrap it (one idea). */
    private static final int SIGNATURE_GRACE = 15;

    public LineLengthRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.of(100),
                "A line wider than the screen or the shared editor makes the reviewer scroll or wrap it in their "
                        + "head, and usually packs more than one idea (Insist on the Highest Standards).",
                List.of(CompilationUnit.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        int limit = context.threshold(this);
        CodeLines lines = context.lines();
        Map<Integer, Integer> trailingCommentColumn = new HashMap<>();
        for (Comment comment : context.comments()) {
            if (comment instanceof LineComment && comment.getBegin().isPresent()) {
                trailingCommentColumn.merge(comment.getBegin().get().line, comment.getBegin().get().column, Math::min);
            }
        }
        java.util.BitSet demo = null;
        LineShapes shapes = null;
        for (int number = 1; number <= lines.lineCount(); number++) {
            String line = lines.line(number);
            if (line.length() <= limit || lines.count(number, number) == 0) {
                continue;
            }
            if (demo == null) {
                demo = demoMainLines(node); // most files have no long line, and never need this walk
            }
            if (demo.get(number)) {
                continue;
            }
            Integer commentColumn = trailingCommentColumn.get(number);
            String code = commentColumn == null ? line : line.substring(0, Math.min(line.length(), commentColumn - 1));
            int width = width(code);
            if (width > limit + limit / 20 && shapes == null) {
                shapes = LineShapes.of(node);
            }
            boolean tooWide = shapes != null && shapes.signatures().get(number) ? width >= limit + SIGNATURE_GRACE
                    : isTooWide(width, limit, number, shapes);
            if (tooWide && !isExempt(line.strip())) {
                context.reportAt(this, number, limit + 1,
                        "Line " + number + " is " + width + " columns wide (limit " + limit + ") (Insist on the "
                                + "Highest Standards): a reviewer has to scroll or wrap it to read it.",
                        "Break line " + number + " after an operator or between arguments, or pull a part of it "
                                + "into a local whose name says what it is.");
            }
        }
    }

    private static boolean isTooWide(int width, int limit, int number, LineShapes shapes) {
        if (width <= limit + limit / 20) {
            return false;
        }
        return width >= limit + limit / 10 || shapes.stepsByLine().getOrDefault(number, 0) >= 2;
    }

    /**
     * What each line holds, read in one walk of the file when a line is over the limit: the calls and `&&`/`||`
     * conditions starting on it (the ideas it packs), and whether it is part of a method's or constructor's signature
     * (from its name to the line its body opens on).
     */
    private record LineShapes(Map<Integer, Integer> stepsByLine, java.util.BitSet signatures) {
        static LineShapes of(Node unit) {
            Map<Integer, Integer> steps = new HashMap<>();
            java.util.BitSet signatures = new java.util.BitSet();
            Trees.preOrder(unit, node -> {
                if (isStep(node) && node.getBegin().isPresent()) {
                    steps.merge(node.getBegin().get().line, 1, Integer::sum);
                } else if (node instanceof com.github.javaparser.ast.body.CallableDeclaration<?> callable) {
                    markSignature(callable, signatures);
                }
            });
            return new LineShapes(steps, signatures);
        }

        private static boolean isStep(Node node) {
            return node instanceof com.github.javaparser.ast.expr.MethodCallExpr
                    || node instanceof com.github.javaparser.ast.expr.BinaryExpr binary
                    && (binary.getOperator() == com.github.javaparser.ast.expr.BinaryExpr.Operator.AND
                    || binary.getOperator() == com.github.javaparser.ast.expr.BinaryExpr.Operator.OR);
        }

        private static void markSignature(com.github.javaparser.ast.body.CallableDeclaration<?> callable,
                                          java.util.BitSet signatures) {
            int from = callable.getName().getBegin().map(position -> position.line).orElse(0);
            Node body = callable instanceof com.github.javaparser.ast.body.MethodDeclaration method
                    ? method.getBody().orElse(null)
                    : callable instanceof com.github.javaparser.ast.body.ConstructorDeclaration constructor
                    ? constructor.getBody() : null;
            int to = body == null ? callable.getEnd().map(position -> position.line).orElse(from)
                    : body.getBegin().map(position -> position.line).orElse(from);
            if (from > 0) {
                signatures.set(from, to + 1);
            }
        }
    }

    /** The lines of a demo `static void main(String[] args)`: test data a reviewer skips, like a comment. */
    private static java.util.BitSet demoMainLines(Node unit) {
        java.util.BitSet lines = new java.util.BitSet();
        Trees.each(unit, com.github.javaparser.ast.body.MethodDeclaration.class, method -> {
            if (Callables.isMain(method) && method.getBegin().isPresent() && method.getEnd().isPresent()) {
                lines.set(method.getBegin().get().line, method.getEnd().get().line + 1);
            }
        });
        return lines;
    }

    /** Columns the line takes, tabs expanded to the next multiple of 8 and trailing blanks ignored. */
    static int width(String line) {
        int column = 0;
        int lastVisible = 0;
        for (int index = 0; index < line.length(); index++) {
            char character = line.charAt(index);
            column = character == '\t' ? (column / TAB_WIDTH + 1) * TAB_WIDTH : column + 1;
            if (!Character.isWhitespace(character)) {
                lastVisible = column;
            }
        }
        return lastVisible;
    }

    private static boolean isExempt(String stripped) {
        return stripped.startsWith("package ") || stripped.startsWith("import ");
    }
}
