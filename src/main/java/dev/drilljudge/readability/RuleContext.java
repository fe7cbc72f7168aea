package dev.drilljudge.readability;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.CommentsCollection;
import dev.drilljudge.source.SourceFile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What a rule sees while the analyzer walks one file: the tree, the text, the settings, and where to report. */
public final class RuleContext {
    private final SourceFile source;
    private final CompilationUnit unit;
    private final CodeLines lines;
    private final ReadabilityConfig config;
    private final ProblemFacts facts;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Finding> signals = new ArrayList<>();
    private final Map<Object, Map<Node, Object>> caches = new IdentityHashMap<>();
    private final CommentsCollection commentsFound;
    private List<Comment> comments;
    private final GivenNames givenNames;

    /** commentsFound: the comments the parse collected, or null to read them off the tree. */
    RuleContext(SourceFile source, CompilationUnit unit, CommentsCollection commentsFound, CodeLines lines,
                ReadabilityConfig config, ProblemFacts facts) {
        this.source = source;
        this.unit = unit;
        this.commentsFound = commentsFound;
        this.lines = lines;
        this.config = config;
        this.facts = facts;
        this.givenNames = new GivenNames(unit, facts, this::comments);
    }

    public CompilationUnit unit() {
        return unit;
    }

    public CodeLines lines() {
        return lines;
    }

    public ReadabilityConfig config() {
        return config;
    }

    /** The configured limit of a rule, falling back to its default. */
    public int threshold(Rule rule) {
        return config.threshold(rule);
    }

    /** What the problem says about the solution: given names, input guarantees, whether it prints. */
    public ProblemFacts problem() {
        return facts;
    }

    /**
     * True for a name the candidate did not choose: one the starter or support classes impose, or one declared
     * inside a data type the problem provides (a pasted {@code ListNode}'s {@code val}). See {@link GivenNames}.
     */
    public boolean isGivenName(SimpleName name) {
        return givenNames.isGiven(name);
    }

    /** True for a method or parameter name a platform's template comment gives (see {@link GivenNames}). */
    public boolean isNamedByTemplate(String identifier) {
        return givenNames.isNamedByTemplate(identifier);
    }

    public void report(Rule rule, Node at, String message, String suggestion) {
        if (rule.category() == Category.NAMING && at instanceof SimpleName name && isGivenName(name)) {
            return;
        }
        Position begin = begin(at);
        findings.add(new Finding(rule.id(), rule.category(), rule.severity(), message,
                source.displayPath(), begin.line, begin.column, suggestion));
    }

    /** A finding about a line of text rather than a node (a line too wide): reported at that line and column. */
    public void reportAt(Rule rule, int line, int column, String message, String suggestion) {
        findings.add(new Finding(rule.id(), rule.category(), rule.severity(), message,
                source.displayPath(), line, column, suggestion));
    }

    /** Records a positive signal (a guard clause): it earns credit and never shows up as a finding. */
    public void signal(Rule rule, Node at, String message) {
        Position begin = begin(at);
        signals.add(new Finding(rule.id(), rule.category(), Severity.INFO, message,
                source.displayPath(), begin.line, begin.column, ""));
    }

    /** The node's text as written, for messages; a node spanning lines gives its first line and "...". */
    public String sourceText(Node node) {
        if (node.getBegin().isEmpty() || node.getEnd().isEmpty()) {
            return node.toString();
        }
        Position begin = node.getBegin().get();
        Position end = node.getEnd().get();
        String firstLine = lines.line(begin.line).stripTrailing();
        int from = Math.min(begin.column - 1, firstLine.length());
        if (begin.line == end.line) {
            return firstLine.substring(from, Math.min(end.column, firstLine.length()));
        }
        return firstLine.substring(from) + " ...";
    }

    /** 1-based line where a node starts. */
    public static int line(Node node) {
        return begin(node).line;
    }

    private static Position begin(Node node) {
        return node.getBegin().orElse(new Position(1, 1));
    }

    /**
     * A per-file cache so several rules can share one computation over a node (e.g. method metrics),
     * keeping the cost at one extra pass however many rules read it.
     */
    @SuppressWarnings("unchecked")
    public <N extends Node, V> V shared(Object key, N node, Function<N, V> compute) {
        Map<Node, Object> cache = caches.computeIfAbsent(key, ignored -> new IdentityHashMap<>());
        return (V) cache.computeIfAbsent(node, ignored -> compute.apply(node));
    }

    /**
     * All comments of the file, in source order, fetched once. The parse collected them already, and attributed each
     * to a node or kept it as an orphan, so it is the same set as {@code unit.getAllComments()} without walking the
     * whole tree to gather them again.
     */
    public List<Comment> comments() {
        if (comments == null) {
            comments = commentsFound != null ? List.copyOf(commentsFound.getComments()) : unit.getAllComments();
        }
        return comments;
    }

    List<Finding> findings() {
        return findings;
    }

    List<Finding> signals() {
        return signals;
    }
}
