package dev.drilljudge.repro;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.Type;
import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;

import java.util.ArrayList;
import java.util.List;

/**
 * The one method `judge repro` calls, read from the problem's starter: a class with a single public method and no
 * constructor arguments (LeetCode's {@code class Solution}). A design problem (a class whose methods are called in
 * sequence, like an LRU cache) has no single call to reproduce, and is refused with one line.
 *
 * @param packageName "" for the default package
 */
public record ReproTarget(String packageName, String className, String methodName, boolean isStatic, Type returnType,
                          List<Parameter> parameters) {
    public ReproTarget {
        parameters = List.copyOf(parameters);
    }

    public static ReproTarget of(ProblemPackage problem) {
        List<TypeDeclaration<?>> types = new ArrayList<>();
        List<CompilationUnit> units = new ArrayList<>();
        for (SourceFile source : SourceTrees.readIfPresent(problem.starterDir())) {
            parser().parse(source.content()).getResult().ifPresent(unit -> {
                units.add(unit);
                types.addAll(unit.getTypes());
            });
        }
        if (types.size() != 1) {
            throw outOfScope(problem, types.isEmpty() ? "it has no starter class" : "its starter has "
                    + types.size() + " classes");
        }
        TypeDeclaration<?> type = types.get(0);
        List<MethodDeclaration> methods = type.getMethods().stream()
                .filter(method -> method.hasModifier(Modifier.Keyword.PUBLIC)).toList();
        boolean constructorArguments = type.getConstructors().stream()
                .anyMatch(ConstructorDeclaration::isConstructorDeclaration) && type.getConstructors().stream()
                .noneMatch(constructor -> constructor.getParameters().isEmpty());
        if (methods.size() != 1 || constructorArguments) {
            throw outOfScope(problem, "it is a design problem (" + type.getNameAsString() + " with "
                    + methods.size() + " public methods" + (constructorArguments ? " and constructor arguments" : "")
                    + "), not one method call; drive it from a test with `judge run`");
        }
        MethodDeclaration method = methods.get(0);
        String packageName = units.get(0).getPackageDeclaration().map(declaration -> declaration.getNameAsString())
                .orElse("");
        return new ReproTarget(packageName, type.getNameAsString(), method.getNameAsString(), method.isStatic(),
                method.getType(), method.getParameters());
    }

    /** "twoSum(int[] nums, int target)". */
    public String describe() {
        return methodName + "(" + String.join(", ", parameters.stream()
                .map(parameter -> parameter.getTypeAsString() + " " + parameter.getNameAsString()).toList()) + ")";
    }

    static BadInputException outOfScope(ProblemPackage problem, String why) {
        return new BadInputException("judge repro runs one method call, and " + problem.id() + " is out of its scope: "
                + why);
    }

    private static JavaParser parser() {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
    }
}
