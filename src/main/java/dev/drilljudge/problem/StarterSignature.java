package dev.drilljudge.problem;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The interface the tests expect, read from the starter: shown when the tests do not compile against a
 * submission, e.g. {@code class Solution { public int[] twoSum(int[] nums, int target) }}.
 */
public final class StarterSignature {
    private static final String UNKNOWN = "the classes and methods named in the statement (see `judge show`)";

    private StarterSignature() {
    }

    public static String of(ProblemPackage problem) {
        List<SourceFile> starter = SourceTrees.readIfPresent(problem.starterDir());
        if (starter.isEmpty()) {
            return UNKNOWN;
        }
        JavaParser parser = parser();
        List<String> types = new ArrayList<>();
        for (SourceFile source : starter) {
            ParseResult<CompilationUnit> parsed = parser.parse(source.content());
            parsed.getResult().ifPresent(unit -> unit.getTypes().forEach(type -> types.add(describe(type))));
        }
        return types.isEmpty() ? UNKNOWN : String.join("; ", types);
    }

    /** The names the starter imposes: its types, its methods and their parameters. */
    public static Set<String> names(ProblemPackage problem) {
        Set<String> names = new HashSet<>();
        for (SourceFile source : SourceTrees.readIfPresent(problem.starterDir())) {
            parser().parse(source.content()).getResult().ifPresent(unit -> unit.getTypes().forEach(type -> {
                names.add(type.getNameAsString());
                type.getMembers().stream()
                        .filter(member -> member instanceof CallableDeclaration<?>)
                        .map(member -> (CallableDeclaration<?>) member)
                        .forEach(callable -> {
                            names.add(callable.getNameAsString());
                            callable.getParameters().forEach(parameter -> names.add(parameter.getNameAsString()));
                        });
            }));
        }
        return names;
    }

    /**
     * The names of the methods and constructors the starter declares (a constructor by its class's name): what the
     * tests call, so where a reader starts reading an answer.
     */
    public static Set<String> callableNames(ProblemPackage problem) {
        Set<String> names = new HashSet<>();
        for (SourceFile source : SourceTrees.readIfPresent(problem.starterDir())) {
            parser().parse(source.content()).getResult().ifPresent(unit -> unit.findAll(CallableDeclaration.class)
                    .forEach(callable -> names.add(callable.getNameAsString())));
        }
        return names;
    }

    /** The parameter names of the starter's public methods and constructors: what `inputs:` keys may name. */
    public static Set<String> parameterNames(ProblemPackage problem) {
        Set<String> names = new HashSet<>();
        for (SourceFile source : SourceTrees.readIfPresent(problem.starterDir())) {
            parser().parse(source.content()).getResult().ifPresent(unit -> unit.findAll(CallableDeclaration.class)
                    .forEach(callable -> ((CallableDeclaration<?>) callable).getParameters()
                            .forEach(parameter -> names.add(parameter.getNameAsString()))));
        }
        return names;
    }

    private static JavaParser parser() {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
    }

    private static String describe(TypeDeclaration<?> type) {
        String kind = type.isClassOrInterfaceDeclaration() && type.asClassOrInterfaceDeclaration().isInterface()
                ? "interface" : type.isEnumDeclaration() ? "enum" : type.isRecordDeclaration() ? "record" : "class";
        String members = type.getMembers().stream()
                .filter(member -> member instanceof MethodDeclaration || member instanceof ConstructorDeclaration)
                .map(member -> (CallableDeclaration<?>) member)
                .filter(callable -> !callable.hasModifier(Modifier.Keyword.PRIVATE))
                .map(StarterSignature::describe)
                .collect(Collectors.joining("; "));
        return kind + " " + type.getNameAsString() + " { " + members + " }";
    }

    private static String describe(CallableDeclaration<?> callable) {
        String modifiers = callable.getModifiers().stream()
                .map(modifier -> modifier.getKeyword().asString())
                .collect(Collectors.joining(" "));
        String returnType = callable instanceof MethodDeclaration method ? method.getTypeAsString() + " " : "";
        String parameters = callable.getParameters().stream()
                .map(parameter -> parameter.getTypeAsString() + (parameter.isVarArgs() ? "..." : "") + " "
                        + parameter.getNameAsString())
                .collect(Collectors.joining(", "));
        return (modifiers.isEmpty() ? "" : modifiers + " ") + returnType + callable.getNameAsString()
                + "(" + parameters + ")";
    }
}
