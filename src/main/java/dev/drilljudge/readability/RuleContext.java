package dev.drilljudge.readability;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.CommentsCollection;
import dev.drilljudge.source.SourceFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private Set<String> starterParameters;
    private Set<String> calledFromInputMain;
    /** Names of the file's starter methods (and so of helpers that overload them), filled with starterParameters. */
    private final Set<String> starterMethods = new HashSet<>();
    private Set<String> templateNames;
    /** HackerRank's function template, quoted ("Complete the 'minimumBribes' function below") or not (older). */
    private static final java.util.regex.Pattern HACKERRANK_TEMPLATE =
            java.util.regex.Pattern.compile("Complete the '?[A-Za-z_][A-Za-z0-9_]*'? function below");
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** commentsFound: the comments the parse collected, or null to read them off the tree. */
    RuleContext(SourceFile source, CompilationUnit unit, CommentsCollection commentsFound, CodeLines lines,
                ReadabilityConfig config, ProblemFacts facts) {
        this.source = source;
        this.unit = unit;
        this.commentsFound = commentsFound;
        this.lines = lines;
        this.config = config;
        this.facts = facts;
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
     * inside a data type the problem provides (a pasted {@code ListNode}'s {@code val}).
     */
    public boolean isGivenName(SimpleName name) {
        if (facts.givenNames().contains(name.getIdentifier()) || isLeetCodeParameter(name)
                || isGivenBySupertype(name)) {
            return true;
        }
        Node current = name.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof TypeDeclaration<?> type && facts.givenTypes().contains(type.getNameAsString())) {
                return true;
            }
            current = current.getParentNode().orElse(null);
        }
        return false;
    }

    /**
     * The name of an overriding method, or of one of its parameters: the supertype's signature chose it
     * ({@code equals(Object obj)} is {@code Object.equals}'s own), and a reviewer expects it kept. An overriding
     * method is one marked {@code @Override}, or {@code equals(Object)}, which overrides whether marked or not.
     */
    private static boolean isGivenBySupertype(SimpleName name) {
        Node declaration = name.getParentNode().orElse(null);
        if (declaration instanceof com.github.javaparser.ast.body.Parameter parameter) {
            declaration = parameter.getParentNode().orElse(null);
        }
        return declaration instanceof com.github.javaparser.ast.body.MethodDeclaration method
                && (method.isAnnotationPresent("Override") || isEqualsOfObject(method));
    }

    private static boolean isEqualsOfObject(com.github.javaparser.ast.body.MethodDeclaration method) {
        return method.getNameAsString().equals("equals") && method.getParameters().size() == 1
                && method.getParameter(0).getType().asString().equals("Object");
    }

    /**
     * A name LeetCode's starter gives, read from the file when no problem says it: the name and parameters of a public
     * instance method of the answer's class (a public top-level class, or one whose name has `Solution` in it: repositories
     * export LeetCode's `class Solution` as `public class Problem1043`, `MinStack` or `SolutionApproach0`), other than one
     * overriding a supertype's, or of a class named after its method
     * (`FirstMissingPositive.firstMissingPositive`), a method overloading such a name,
     * a helper's parameter that keeps such a name for the same type (`numDecodings(String s, int i, ...)`), and the
     * names in a design problem's template comment ("Your MovingAverage object will be instantiated and called as
     * such: ... obj.next(val)"). The candidate did not choose these (`s`, `num`, `A`, `val`).
     */
    private boolean isLeetCodeParameter(SimpleName name) {
        Node declaration = name.getParentNode().orElse(null);
        Set<String> starter = starterParameters();
        if (declaration instanceof com.github.javaparser.ast.body.VariableDeclarator field
                && field.getParentNode().orElse(null) instanceof com.github.javaparser.ast.body.FieldDeclaration) {
            // `private String s; ... this.s = s;`: the starter's parameter kept under its own name.
            return starter.contains(field.getNameAsString() + " " + field.getTypeAsString());
        }
        if (!(declaration instanceof com.github.javaparser.ast.body.Parameter parameter)) {
            return declaration instanceof com.github.javaparser.ast.body.MethodDeclaration
                    && (templateNames().contains(name.getIdentifier()) || starterMethods.contains(name.getIdentifier()));
        }
        if (parameter.getParentNode().orElse(null) instanceof com.github.javaparser.ast.body.MethodDeclaration method
                && (templateNames().contains(name.getIdentifier())
                || templateNames().contains(method.getNameAsString()))) {
            // The template names the function; its parameters come with it (`roadsAndLibraries(int n, int c_lib)`).
            return true;
        }
        return starter.contains(parameter.getNameAsString() + " " + parameter.getTypeAsString());
    }

    /** `name type` of every parameter of the file's starter methods, collected once. */
    private Set<String> starterParameters() {
        if (starterParameters == null) {
            starterParameters = new HashSet<>();
            for (TypeDeclaration<?> type : unit.getTypes()) {
                boolean answerClass = type.isPublic() || type.getNameAsString().contains("Solution");
                Set<String> calledFromMain = namesCalledFromMain();
                for (com.github.javaparser.ast.body.MethodDeclaration method : type.getMethods()) {
                    boolean namedAfter = type.getNameAsString().equalsIgnoreCase(method.getNameAsString());
                    boolean leetCode = method.isPublic() && !method.isStatic() && (answerClass || namedAfter);
                    // HackerRank's template: a static function of Solution (or Result) that its main calls.
                    boolean hackerRank = method.isStatic() && !method.getNameAsString().equals("main")
                            && (namedAfter || (answerClass || type.getNameAsString().equals("Result"))
                            && calledFromMain.contains(method.getNameAsString()));
                    boolean starter = (leetCode || hackerRank) && !isGivenBySupertype(method.getName());
                    if (starter) {
                        starterMethods.add(method.getNameAsString());
                        method.getParameters().forEach(parameter -> starterParameters.add(
                                parameter.getNameAsString() + " " + parameter.getTypeAsString()));
                    }
                }
            }
        }
        return starterParameters;
    }

    /**
     * Names of the methods a `main` that reads standard input calls: HackerRank's template main reads the input and
     * passes it to the function the candidate fills in. A demo main with literal test data proves nothing.
     */
    private Set<String> namesCalledFromMain() {
        if (calledFromInputMain != null) {
            return calledFromInputMain;
        }
        Set<String> called = new HashSet<>();
        calledFromInputMain = called;
        boolean readsInput = unit.findFirst(com.github.javaparser.ast.expr.FieldAccessExpr.class,
                access -> access.getNameAsString().equals("in") && access.getScope().isNameExpr()
                        && access.getScope().asNameExpr().getNameAsString().equals("System")).isPresent();
        if (!readsInput) {
            return called;
        }
        unit.findAll(com.github.javaparser.ast.body.MethodDeclaration.class,
                        method -> method.getNameAsString().equals("main") && method.isStatic())
                .forEach(main -> main.findAll(com.github.javaparser.ast.expr.MethodCallExpr.class)
                        .forEach(call -> called.add(call.getNameAsString())));
        return called;
    }

    /** Identifiers in LeetCode's design-problem comment ("... will be instantiated and called as such: ..."). */
    private Set<String> templateNames() {
        if (templateNames == null) {
            templateNames = new HashSet<>();
            for (Comment comment : comments()) {
                if (isTemplateComment(comment.getContent())) {
                    java.util.regex.Matcher identifier = IDENTIFIER.matcher(comment.getContent());
                    while (identifier.find()) {
                        templateNames.add(identifier.group());
                    }
                }
            }
        }
        return templateNames;
    }

    /**
     * LeetCode's design-problem comment ("... will be instantiated and called as such: ...") and HackerRank's function
     * template ("Complete the 'minimumBribes' function below. ... accepts INTEGER_ARRAY q as parameter"): the names
     * in them are the platform's, not the candidate's.
     */
    private static boolean isTemplateComment(String content) {
        return content.contains("instantiated and called as such") || HACKERRANK_TEMPLATE.matcher(content).find();
    }

    /** True for a method or parameter name a platform's template comment gives (see {@link #isTemplateComment}). */
    public boolean isNamedByTemplate(String identifier) {
        return templateNames().contains(identifier);
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
