package dev.drilljudge.readability;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.SimpleName;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The names of one file that the candidate did not choose: the problem's starter and support classes, and, without a
 * problem, what the file itself shows of a platform's starter (LeetCode's public instance methods, HackerRank's
 * template function and the names in a design problem's template comment) and of a supertype's signature. Worked out
 * once per file, when a naming rule first asks.
 */
final class GivenNames {
    /** HackerRank's function template, quoted ("Complete the 'minimumBribes' function below") or not (older). */
    private static final java.util.regex.Pattern HACKERRANK_TEMPLATE =
            java.util.regex.Pattern.compile("Complete the '?[A-Za-z_][A-Za-z0-9_]*'? function below");
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final CompilationUnit unit;
    private final ProblemFacts facts;
    private final Supplier<List<Comment>> comments;
    private Set<String> starterParameters;
    private Set<String> calledFromInputMain;
    /** Names of the file's starter methods (and so of helpers that overload them), filled with starterParameters. */
    private final Set<String> starterMethods = new HashSet<>();
    private Set<String> templateNames;

    GivenNames(CompilationUnit unit, ProblemFacts facts, Supplier<List<Comment>> comments) {
        this.unit = unit;
        this.facts = facts;
        this.comments = comments;
    }

    /**
     * True for a name the candidate did not choose: one the starter or support classes impose, or one declared
     * inside a data type the problem provides (a pasted {@code ListNode}'s {@code val}).
     */
    boolean isGiven(SimpleName name) {
        if (facts.givenNames().contains(name.getIdentifier()) || (inferredFromFile() && isLeetCodeParameter(name))
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
            for (Comment comment : comments.get()) {
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
    boolean isNamedByTemplate(String identifier) {
        return inferredFromFile() && templateNames().contains(identifier);
    }

    /**
     * Only without a problem: a bank problem's starter is the authority on what was given, and reading it off the file
     * would let a submission declare its own names given (a made-up "Complete the 'helper' function below" comment, a
     * helper made public, a main that reads System.in).
     */
    private boolean inferredFromFile() {
        return !facts.hasStarter();
    }
}
