package dev.drilljudge.readability.rules;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.BlockComment;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.LineComment;
import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.JavaParsers;
import dev.drilljudge.readability.RuleContext;
import dev.drilljudge.readability.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Code left in comments: a run of `//` lines, or a block comment, that parses as Java statements. Javadoc and
 * comments that are prose (they do not parse, or hold no code punctuation) are fine.
 */
public final class CommentedOutCodeRule extends BaseRule {
    public static final String ID = "COMMENTED_OUT_CODE";
    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(JavaParsers::newParser);

    public CommentedOutCodeRule() {
        super(ID, Category.MODULARITY, Severity.MINOR, OptionalInt.empty(),
                "Commented-out code is a question left for the reader (is it needed? was it a bug?); version "
                        + "control keeps old code, the answer should not (Insist on the Highest Standards).",
                List.of(CompilationUnit.class));
    }

    @Override
    public void visit(Node node, RuleContext context) {
        List<Comment> run = new ArrayList<>();
        int lastLine = -2;
        List<Comment> comments = new ArrayList<>(context.comments());
        comments.sort(java.util.Comparator.comparingInt(RuleContext::line));
        for (Comment comment : comments) {
            if (comment instanceof LineComment) {
                int line = RuleContext.line(comment);
                if (line != lastLine + 1 && !run.isEmpty()) {
                    check(run, context);
                    run = new ArrayList<>();
                }
                run.add(comment);
                lastLine = line;
            } else if (comment instanceof BlockComment) {
                check(List.of(comment), context);
            }
        }
        if (!run.isEmpty()) {
            check(run, context);
        }
    }

    private void check(List<Comment> comments, RuleContext context) {
        if (!mayEndLikeCode(comments)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Comment comment : comments) {
            text.append(withoutTrailingComment(stripStars(comment.getContent()))).append('\n');
        }
        String code = text.toString().strip();
        if (!looksLikeCode(code) || !PARSER.get().parseBlock("{" + code + "\n}").isSuccessful()) {
            return;
        }
        Comment first = comments.get(0);
        String firstLine = code.lines().findFirst().orElse("").strip();
        String shown = firstLine.length() > 40 ? firstLine.substring(0, 37) + "..." : firstLine;
        context.report(this, first,
                "The comment at line " + RuleContext.line(first) + " is commented-out code (`" + shown + "`) (Insist "
                        + "on the Highest Standards): a reviewer cannot tell whether it is needed or a leftover.",
                "Delete it; if it explains a choice, say the choice in words.");
    }

    /**
     * Whether any comment holds a `;`, `{` or `}` at all. {@link #looksLikeCode} needs a line ending with one, and the
     * text it reads only ever drops characters from the comments, so without one there is no code to find; most
     * comments are prose, and this spares building their text line by line.
     */
    private static boolean mayEndLikeCode(List<Comment> comments) {
        for (Comment comment : comments) {
            String content = comment.getContent();
            if (content.indexOf(';') >= 0 || content.indexOf('{') >= 0 || content.indexOf('}') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Cheap filter before parsing: code ends a line with `;`, `{` or `}`; prose and markers do not. */
    private static boolean looksLikeCode(String text) {
        if (text.isEmpty() || text.contains("judge:ignore") || text.contains("`")) {
            return false;
        }
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.endsWith(";") || trimmed.endsWith("{") || trimmed.endsWith("}")) {
                return true;
            }
        }
        return false;
    }

    /** Commented-out code often keeps its own trailing comment: `// total += x; // old approach`. */
    private static String withoutTrailingComment(String text) {
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n")) {
            int nested = line.indexOf("//");
            kept.append(nested >= 0 ? line.substring(0, nested) : line).append('\n');
        }
        return kept.toString();
    }

    private static String stripStars(String content) {
        StringBuilder text = new StringBuilder();
        for (String line : content.split("\n")) {
            String trimmed = line.strip();
            text.append(trimmed.startsWith("*") ? trimmed.substring(1) : trimmed).append('\n');
        }
        return text.toString();
    }
}
