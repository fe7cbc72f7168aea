package dev.drilljudge.readability;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.drilljudge.problem.InputSpec;
import dev.drilljudge.problem.ProblemInputs;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.StarterSignature;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;

import java.util.HashSet;
import java.util.Set;

/**
 * What the problem tells the readability judge about a solution: the names it imposes (starter types, methods and
 * parameters, and the fields of its support classes), what the statement guarantees about each input, and whether
 * printing is the task.
 *
 * @param givenNames   names the candidate did not choose, so never naming findings
 * @param givenTypes   data types the problem provides (its support classes, and LeetCode's ListNode, TreeNode and
 *                     Node): their fields and constructor parameters are given names too
 * @param inputs       the statement's guarantees per parameter name
 * @param printsOutput the task is to print, so printing is not leftover debug output
 * @param entryPoints  names of the starter's methods and constructors, which the tests call: where guard-clause
 *                     credit starts (see GuardClauseRule); empty in plain `judge lint`, where a file's public
 *                     methods stand in for them
 */
public record ProblemFacts(Set<String> givenNames, Set<String> givenTypes, ProblemInputs inputs, boolean printsOutput,
                           Set<String> entryPoints) {
    /**
     * The platforms' own data types: LeetCode's ListNode, TreeNode and Node, HackerRank's SinglyLinkedListNode and
     * DoublyLinkedListNode, Cracking the Coding Interview's LinkedListNode. An answer often pastes their declaration,
     * fields named `val` or `data` and all.
     */
    public static final Set<String> LEETCODE_TYPES = Set.of("ListNode", "TreeNode", "Node", "SinglyLinkedListNode",
            "DoublyLinkedListNode", "LinkedListNode");

    /** No problem (plain `judge lint`): inputs are assumed non-null and nothing more. */
    public static final ProblemFacts NONE = new ProblemFacts(Set.of(), LEETCODE_TYPES, ProblemInputs.NONE, false,
            Set.of());

    public ProblemFacts {
        givenNames = Set.copyOf(givenNames);
        givenTypes = Set.copyOf(givenTypes);
        entryPoints = Set.copyOf(entryPoints);
    }

    /** The facts of a bank problem: its starter's names, its support classes' fields, its inputs. */
    public static ProblemFacts of(ProblemPackage problem) {
        Set<String> names = new HashSet<>(StarterSignature.names(problem));
        Set<String> types = new HashSet<>(LEETCODE_TYPES);
        for (SourceFile support : SourceTrees.readIfPresent(problem.supportDir())) {
            JavaParsers.newParser().parse(support.content()).getResult().ifPresent(unit -> addDeclared(unit, names, types));
        }
        return new ProblemFacts(names, types, problem.inputs(), problem.printsOutput(),
                StarterSignature.callableNames(problem));
    }

    /** Names imposed by the starter alone (kept for callers that have no problem package). */
    public static ProblemFacts givenNames(Set<String> names) {
        return new ProblemFacts(names, LEETCODE_TYPES, ProblemInputs.NONE, false, Set.of());
    }

    /** Whether these facts come from a problem's starter (submit, grade, verify), not from a file alone. */
    public boolean hasStarter() {
        return !entryPoints.isEmpty();
    }

    /**
     * What the statement guarantees about a parameter. A name the problem does not list, and every name in plain
     * `judge lint`, is assumed non-null and nothing more: a helper's own parameters are the candidate's contract.
     */
    public InputSpec input(String parameterName) {
        return inputs.spec(parameterName).orElse(InputSpec.NON_NULL);
    }

    private static void addDeclared(CompilationUnit unit, Set<String> names, Set<String> types) {
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            types.add(type.getNameAsString());
            names.add(type.getNameAsString());
            for (FieldDeclaration field : type.getFields()) {
                field.getVariables().forEach(variable -> names.add(variable.getNameAsString()));
            }
            type.getMethods().forEach(method -> names.add(method.getNameAsString()));
        }
    }
}
