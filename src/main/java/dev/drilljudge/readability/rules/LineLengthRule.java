package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.CodeLines;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.List;
import java.util.OptionalInt;

/**
 * Lines wider than Google Java Style's column limit (100), measured as Checkstyle's LineLength does: a tab advances
 * to the next multiple of 8. `package` and `import` lines, and a comment line holding a URL, are exempt, as Google's
 * style exempts them: they cannot be wrapped.
 */
public final class LineLengthRule extends BaseRule {
    public static final String ID = "LINE_LENGTH";
    private static final int TAB_WIDTH = 8;

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
        for (int number = 1; number <= lines.lineCount(); number++) {
            String line = lines.line(number);
            if (line.length() <= limit) {
                continue;
            }
            int width = width(line);
            if (width > limit && !isExempt(line.strip())) {
                context.reportAt(this, number, limit + 1,
                        "Line " + number + " is " + width + " columns wide (limit " + limit + ") (Insist on the "
                                + "Highest Standards): a reviewer has to scroll or wrap it to read it.",
                        "Break line " + number + " after an operator or between arguments, or pull a part of it "
                                + "into a local whose name says what it is.");
            }
        }
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
        boolean comment = stripped.startsWith("//") || stripped.startsWith("*") || stripped.startsWith("/*");
        return stripped.startsWith("package ") || stripped.startsWith("import ")
                || (comment && stripped.contains("://"));
    }
}
