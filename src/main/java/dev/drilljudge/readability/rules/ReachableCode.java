package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithExtends;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.drilljudge.readability.RuleContext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods and constructors of a file that run when the answer is used: its entry points and whatever they call,
 * transitively. Code nobody calls earns no credit, or a candidate could cancel real findings with uncalled helpers
 * full of guard clauses.
 * <ul>
 *   <li>Entry points: with a problem, the starter's methods and constructors as the file's top-level types declare
 *       them. In plain `judge lint`, and in a file that declares none of them (a second file of the answer), the
 *       public methods and the non-private constructors of the top-level types and of the non-private types nested in
 *       them (whoever uses a class creates it);
 *       a type with no public method but `main` offers its non-private methods, as a quick
 *       `class Solution { int solve(...) }` does.</li>
 *   <li>A call reaches the file's methods of its simple name and argument count, whatever its receiver; a method
 *       reference reaches every method of its name; `new T(...)`, `this(...)` and `super(...)` reach T's
 *       constructors. Generous on purpose: matching by name cannot miss a real call.</li>
 *   <li>A type is live once it declares an entry point, an entry point takes it as a parameter (the caller builds
 *       it), it extends or implements a live type, or reachable code creates it. Its field initialisers and
 *       initializer blocks run then, and its overriding methods (`@Override`, `equals`, `compareTo`, `compare`) are
 *       reachable, since the JDK calls them (a sort, a map).</li>
 *   <li>Code declared inside a reachable method (a lambda, an anonymous or local class) is reachable with it.</li>
 * </ul>
 */
final class ReachableCode {
    /** Methods the JDK calls through their supertype, often written without {@code @Override}. */
    private static final Set<String> IMPLICIT_OVERRIDES = Set.of("equals", "compareTo", "compare");

    private final FileIndex index;
    private final PreOrderIndex preOrder;
    /** Identity, not equals: JavaParser's equals compares structure, and two helpers can read alike. */
    private final Set<Node> reachable = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> liveTypes = new HashSet<>();
    private final Map<String, List<TypeDeclaration<?>>> typesByName = new HashMap<>();
    private final Map<String, List<String>> subtypesByName = new HashMap<>();
    private final Deque<Node> toScan = new ArrayDeque<>();

    private ReachableCode(CompilationUnit unit, Set<String> starterNames, FileIndex index, PreOrderIndex preOrder) {
        this.index = index;
        this.preOrder = preOrder;
        for (Node node : preOrder.nodes()) {
            if (!(node instanceof TypeDeclaration<?> type)) {
                continue;
            }
            typesByName.computeIfAbsent(type.getNameAsString(), name -> new ArrayList<>()).add(type);
            for (ClassOrInterfaceType supertype : supertypes(type)) {
                subtypesByName.computeIfAbsent(supertype.getNameAsString(), name -> new ArrayList<>())
                        .add(type.getNameAsString());
            }
        }
        List<CallableDeclaration<?>> entryPoints = starterEntryPoints(unit, starterNames);
        if (entryPoints.isEmpty()) {
            entryPoints = publicEntryPoints(unit);
        }
        for (CallableDeclaration<?> entryPoint : entryPoints) {
            reach(entryPoint);
            entryPoint.findAncestor(TypeDeclaration.class).ifPresent(type -> markLive(type.getNameAsString()));
            // The caller builds the arguments: `add(Item item)` runs Item's compact constructor, out of this file.
            entryPoint.getParameters().forEach(parameter -> parameter.getType().findAll(ClassOrInterfaceType.class)
                    .forEach(type -> markLive(type.getNameAsString())));
        }
        while (!toScan.isEmpty()) {
            preOrder.forEach(toScan.pop(), this::follow);
        }
    }

    static ReachableCode of(RuleContext context) {
        return context.shared(ReachableCode.class, context.unit(), unit -> new ReachableCode(unit,
                context.problem().entryPoints(), FileIndex.of(context), PreOrderIndex.of(context)));
    }

    /** Whether a method, constructor or compact constructor runs when the answer is used. */
    boolean isReachable(Node declaration) {
        if (declaration instanceof CompactConstructorDeclaration compact
                && compact.findAncestor(TypeDeclaration.class)
                .filter(record -> liveTypes.contains(record.getNameAsString())).isPresent()) {
            return true;
        }
        for (Node current = declaration; current != null; current = current.getParentNode().orElse(null)) {
            if (reachable.contains(current)) {
                return true;
            }
        }
        return false;
    }

    private static List<CallableDeclaration<?>> starterEntryPoints(CompilationUnit unit, Set<String> starterNames) {
        List<CallableDeclaration<?>> entryPoints = new ArrayList<>();
        for (TypeDeclaration<?> type : unit.getTypes()) {
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof CallableDeclaration<?> callable
                        && starterNames.contains(callable.getNameAsString())) {
                    entryPoints.add(callable);
                }
            }
        }
        return entryPoints;
    }

    /**
     * The top-level types and the non-private types nested in them (a study repository's `Problem155` wrapping
     * LeetCode's `MinStack`): whoever holds the outer type can create the nested one and call its methods.
     */
    private static List<CallableDeclaration<?>> publicEntryPoints(CompilationUnit unit) {
        List<CallableDeclaration<?>> entryPoints = new ArrayList<>();
        Deque<TypeDeclaration<?>> types = new ArrayDeque<>(unit.getTypes());
        while (!types.isEmpty()) {
            TypeDeclaration<?> type = types.pop();
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof TypeDeclaration<?> nested && !nested.isPrivate()) {
                    types.add(nested);
                }
            }
            boolean isInterface = type instanceof ClassOrInterfaceDeclaration declaration && declaration.isInterface();
            boolean offersPublicMethods = type.getMethods().stream()
                    .anyMatch(method -> (method.isPublic() || isInterface) && !Callables.isMain(method));
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof ConstructorDeclaration constructor && !constructor.isPrivate()) {
                    entryPoints.add(constructor);
                } else if (member instanceof MethodDeclaration method && (offersPublicMethods
                        ? method.isPublic() || isInterface : !method.isPrivate())) {
                    entryPoints.add(method);
                }
            }
        }
        return entryPoints;
    }

    private void follow(Node node) {
        if (node instanceof MethodCallExpr call) {
            for (CallableDeclaration<?> callee : index.callablesNamed(call.getNameAsString())) {
                if (acceptsArguments(callee, call.getArguments().size())) {
                    reach(callee);
                }
            }
        } else if (node instanceof MethodReferenceExpr reference) {
            if (reference.getIdentifier().equals("new")) {
                String typeName = reference.getScope().toString();
                index.callablesNamed(typeName).forEach(this::reach);
                markLive(typeName);
            } else {
                index.callablesNamed(reference.getIdentifier()).forEach(this::reach);
            }
        } else if (node instanceof ObjectCreationExpr creation) {
            create(creation.getType().getNameAsString(), creation.getArguments().size());
        } else if (node instanceof ExplicitConstructorInvocationStmt invocation) {
            invocation.findAncestor(TypeDeclaration.class).ifPresent(type -> constructorsCalledBy(invocation, type)
                    .forEach(name -> create(name, invocation.getArguments().size())));
        }
    }

    /** `this(...)` calls the type's own constructors; `super(...)` those of the class it extends. */
    private static List<String> constructorsCalledBy(ExplicitConstructorInvocationStmt invocation,
                                                     TypeDeclaration<?> type) {
        if (invocation.isThis()) {
            return List.of(type.getNameAsString());
        }
        return type instanceof ClassOrInterfaceDeclaration declaration
                ? declaration.getExtendedTypes().stream().map(extended -> extended.getNameAsString()).toList()
                : List.of();
    }

    private void create(String typeName, int arguments) {
        for (CallableDeclaration<?> constructor : index.callablesNamed(typeName)) {
            if (constructor instanceof ConstructorDeclaration && acceptsArguments(constructor, arguments)) {
                reach(constructor);
            }
        }
        markLive(typeName);
    }

    /**
     * A live type's field initialisers, initializer blocks and overriding methods run without a call in this file;
     * where a type is expected, any of its subtypes can be given (a sealed interface's records).
     */
    private void markLive(String typeName) {
        if (!liveTypes.add(typeName)) {
            return;
        }
        subtypesByName.getOrDefault(typeName, List.of()).forEach(this::markLive);
        for (TypeDeclaration<?> type : typesByName.getOrDefault(typeName, List.of())) {
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof FieldDeclaration || member instanceof InitializerDeclaration) {
                    toScan.push(member);
                } else if (member instanceof CallableDeclaration<?> callable && (Callables.isOverride(callable)
                        || IMPLICIT_OVERRIDES.contains(callable.getNameAsString()))) {
                    reach(callable);
                }
            }
        }
    }

    private void reach(CallableDeclaration<?> callable) {
        if (reachable.add(callable)) {
            toScan.push(callable);
        }
    }

    private static List<ClassOrInterfaceType> supertypes(TypeDeclaration<?> type) {
        List<ClassOrInterfaceType> supertypes = new ArrayList<>();
        if (type instanceof NodeWithImplements<?> implementing) {
            supertypes.addAll(implementing.getImplementedTypes());
        }
        if (type instanceof NodeWithExtends<?> extending) {
            supertypes.addAll(extending.getExtendedTypes());
        }
        return supertypes;
    }

    private static boolean acceptsArguments(CallableDeclaration<?> callable, int arguments) {
        int parameters = callable.getParameters().size();
        boolean varArgs = parameters > 0 && callable.getParameter(parameters - 1).isVarArgs();
        return parameters == arguments || (varArgs && arguments >= parameters - 1);
    }
}
