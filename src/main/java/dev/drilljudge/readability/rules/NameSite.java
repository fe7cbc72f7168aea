package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One declared name and its context, as the naming rules see it.
 *
 * @param declaration the declaring node (VariableDeclarator, Parameter, MethodDeclaration, ...)
 * @param at          the name node, where a finding points
 * @param type        the declared type, or null (methods, types, untyped lambda parameters)
 */
record NameSite(String name, NameKind kind, Node declaration, SimpleName at, Type type) {

    /** The node classes that declare names the rules check. */
    static final List<Class<? extends Node>> VARIABLE_NODES =
            List.of(VariableDeclarator.class, Parameter.class, TypePatternExpr.class);

    private static final Pattern COORDINATE = Pattern.compile("([xyzrcuvab])(\\d*)");
    private static final int SHORT_LIFE_LINES = 1;
    private static final int SHORT_LIFE_USES = 1;
    private static final Pattern NEXT_COORDINATE = Pattern.compile("n[xyzrcij]|xx|yy|rr|cc");

    static Optional<NameSite> of(Node node) {
        if (node instanceof VariableDeclarator variable) {
            return Optional.of(new NameSite(variable.getNameAsString(), variableKind(variable), variable,
                    variable.getName(), variable.getType()));
        }
        if (node instanceof Parameter parameter) {
            return Optional.of(new NameSite(parameter.getNameAsString(), parameterKind(parameter), parameter,
                    parameter.getName(), parameter.getType().isUnknownType() ? null : parameter.getType()));
        }
        if (node instanceof TypePatternExpr pattern) {
            return Optional.of(new NameSite(pattern.getNameAsString(), NameKind.PATTERN, pattern, pattern.getName(),
                    pattern.getType()));
        }
        if (node instanceof MethodDeclaration method) {
            return Optional.of(new NameSite(method.getNameAsString(), NameKind.METHOD, method, method.getName(), null));
        }
        if (node instanceof TypeDeclaration<?> type) {
            return Optional.of(new NameSite(type.getNameAsString(), NameKind.TYPE, type, type.getName(), null));
        }
        return Optional.empty();
    }

    static final List<Class<? extends Node>> TYPE_NODES = List.of(ClassOrInterfaceDeclaration.class,
            EnumDeclaration.class, RecordDeclaration.class, AnnotationDeclaration.class);

    /** Every declaration that introduces a name: variables, methods and types. */
    static List<Class<? extends Node>> namedDeclarationNodes() {
        List<Class<? extends Node>> nodes = new java.util.ArrayList<>(VARIABLE_NODES);
        nodes.add(com.github.javaparser.ast.body.MethodDeclaration.class);
        nodes.addAll(TYPE_NODES);
        return nodes;
    }

    private static NameKind variableKind(VariableDeclarator variable) {
        Node parent = variable.getParentNode().orElse(null);
        if (parent instanceof FieldDeclaration field) {
            boolean inInterface = field.getParentNode()
                    .filter(owner -> owner instanceof ClassOrInterfaceDeclaration type && type.isInterface())
                    .isPresent();
            return inInterface || (field.isStatic() && field.isFinal()) ? NameKind.CONSTANT : NameKind.FIELD;
        }
        if (parent instanceof VariableDeclarationExpr declaration) {
            Node holder = declaration.getParentNode().orElse(null);
            if (holder instanceof ForStmt) {
                return NameKind.FOR_INDEX;
            }
            if (holder instanceof ForEachStmt) {
                return NameKind.FOR_EACH;
            }
            if (holder instanceof TryStmt) {
                return NameKind.RESOURCE;
            }
        }
        return NameKind.LOCAL;
    }

    private static NameKind parameterKind(Parameter parameter) {
        Node parent = parameter.getParentNode().orElse(null);
        if (parent instanceof LambdaExpr) {
            return NameKind.LAMBDA_PARAMETER;
        }
        if (parent instanceof CatchClause) {
            return NameKind.CATCH_PARAMETER;
        }
        if (parent instanceof RecordDeclaration) {
            return NameKind.RECORD_COMPONENT;
        }
        return NameKind.PARAMETER;
    }

    int line() {
        return at.getBegin().map(position -> position.line).orElse(1);
    }

    /** A parameter of a lambda that fits on one line, e.g. `(a, b) -> a[0] - b[0]`: short names read fine there. */
    boolean isOneLineLambdaParameter() {
        if (kind != NameKind.LAMBDA_PARAMETER) {
            return false;
        }
        LambdaExpr lambda = (LambdaExpr) declaration.getParentNode().orElseThrow();
        int begin = lambda.getBegin().map(position -> position.line).orElse(0);
        int end = lambda.getEnd().map(position -> position.line).orElse(-1);
        return lambda.getExpressionBody().isPresent() || begin == end;
    }

    boolean isIntegral() {
        return type != null && type.isPrimitiveType()
                && (type.asString().equals("int") || type.asString().equals("long"));
    }

    /**
     * `int n = nums.length` or `int m = grid[0].length`: the size idiom every reviewer reads at once; also a local
     * declared first and then given only sizes (`int M, N; ... N = A.length;`).
     */
    boolean isSizeOfSomething() {
        if (!(declaration instanceof VariableDeclarator variable)) {
            return false;
        }
        if (variable.getInitializer().isPresent()) {
            return isSize(variable.getInitializer().get());
        }
        List<com.github.javaparser.ast.expr.AssignExpr> assignments = assignmentsInMethod();
        return !assignments.isEmpty() && assignments.stream().allMatch(assign -> assign.getOperator()
                == com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN && isSize(assign.getValue()));
    }

    /** Every `name = ...` (or `name op= ...`) in the method or constructor that declares this local. */
    private List<com.github.javaparser.ast.expr.AssignExpr> assignmentsInMethod() {
        return Callables.enclosing(declaration).map(owner -> Trees.all(owner,
                        com.github.javaparser.ast.expr.AssignExpr.class).stream()
                .filter(assign -> Guards.isName(assign.getTarget(), name)).toList()).orElse(List.of());
    }

    /**
     * `private int m, n;` filled by `m = grid.length;` in the entry method, so a recursive helper can read the grid's
     * size: the size idiom kept in a field. Every value the field is given must be a size.
     */
    boolean isSizeField() {
        if (kind != NameKind.FIELD || !isIntegral() || !(declaration instanceof VariableDeclarator variable)
                || !(variable.getParentNode().flatMap(Node::getParentNode).orElse(null) instanceof TypeDeclaration<?> owner)) {
            return false;
        }
        List<Expression> values = new java.util.ArrayList<>();
        variable.getInitializer().ifPresent(values::add);
        Trees.each(owner, com.github.javaparser.ast.expr.AssignExpr.class, assign -> {
            Expression target = assign.getTarget();
            boolean thisField = target instanceof NameExpr plain && plain.getNameAsString().equals(name)
                    || target instanceof FieldAccessExpr access && access.getScope().isThisExpr()
                    && access.getNameAsString().equals(name);
            if (thisField && assign.findAncestor(TypeDeclaration.class).orElse(null) == owner) {
                values.add(assign.getOperator() == com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN
                        ? assign.getValue() : target);
            }
        });
        return !values.isEmpty() && values.stream().allMatch(NameSite::isSize)
                && !isAgainstGridOrder(values, owner);
    }

    /**
     * LeetCode's grids are `m x n`: m rows (`grid.length`), n columns (`grid[0].length`). Fields `n` and `m` that hold
     * them the other way round are a trap for every reader who knows the statement.
     */
    private boolean isAgainstGridOrder(List<Expression> values, TypeDeclaration<?> owner) {
        String partner = name.equals("m") ? "n" : name.equals("n") ? "m" : null;
        if (partner == null || owner.getFieldByName(partner).isEmpty()) {
            return false;
        }
        boolean columns = name.equals("m");
        return values.stream().anyMatch(value -> value instanceof FieldAccessExpr access
                && access.getNameAsString().equals("length")
                && (columns ? access.getScope().isArrayAccessExpr() : access.getScope().isNameExpr()));
    }

    private static boolean isSize(Expression expression) {
        if (expression instanceof FieldAccessExpr access) {
            return access.getNameAsString().equals("length");
        }
        if (expression instanceof MethodCallExpr call) {
            String method = call.getNameAsString();
            return call.getArguments().isEmpty() && (method.equals("size") || method.equals("length"));
        }
        return false;
    }

    /**
     * `int nx = x + d[0];`, `int xx = cell[0] + dir[0];`: the neighbour of a coordinate, one step along a direction, as
     * breadth- and depth-first answers everywhere name it (`nr`, `nc`, `ni`, `nj`, `xx`, `yy` alike). The name must
     * be computed from its own axis or by adding a direction's component.
     */
    boolean isNextCoordinate() {
        if (kind != NameKind.LOCAL || !NEXT_COORDINATE.matcher(name).matches()
                || !(declaration instanceof VariableDeclarator variable) || variable.getInitializer().isEmpty()) {
            return false;
        }
        Expression initializer = variable.getInitializer().get();
        String axis = name.substring(1);
        return namesIn(initializer).contains(axis) || isStepAlongDirection(initializer);
    }

    /** `cell[0] + dir[0]`: a sum with a direction's component, an array element at a constant index. */
    private static boolean isStepAlongDirection(Expression expression) {
        return expression instanceof com.github.javaparser.ast.expr.BinaryExpr sum
                && (sum.getOperator() == com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS
                || sum.getOperator() == com.github.javaparser.ast.expr.BinaryExpr.Operator.MINUS)
                && (isComponent(sum.getLeft()) || isComponent(sum.getRight()));
    }

    private static boolean isComponent(Expression expression) {
        return expression.isArrayAccessExpr() && expression.asArrayAccessExpr().getIndex().isIntegerLiteralExpr();
    }


    /** Two parameters or locals of one kind told apart only by number (see {@link NumberedPairs}). */
    boolean isNumberedPair() {
        return NumberedPairs.isNumberedPair(this);
    }

    /**
     * A local of the demo harness (`static void main(String[] args)`, a void `printBoard`): test data and printing
     * a reviewer skips, not the answer's names.
     */
    boolean isInDemoMain() {
        return (kind == NameKind.LOCAL || kind == NameKind.FOR_INDEX || kind == NameKind.FOR_EACH)
                && Callables.enclosing(declaration).filter(Callables::isDemoHarness).isPresent();
    }

    /**
     * `Node(int value) { this.value = value; }`: a constructor parameter named after the field it fills is the Java
     * idiom; the field's own declaration is where its name is judged.
     */
    boolean isConstructorParameterOfField() {
        if (kind != NameKind.PARAMETER || !(declaration.getParentNode().orElse(null)
                instanceof com.github.javaparser.ast.body.ConstructorDeclaration constructor)) {
            return false;
        }
        return Trees.contains(constructor.getBody(), com.github.javaparser.ast.expr.AssignExpr.class,
                assign -> assign.getTarget() instanceof FieldAccessExpr field && field.getScope().isThisExpr()
                        && field.getNameAsString().equals(name) && Guards.isName(assign.getValue(), name));
    }

    /**
     * `isValid(String s)`, `restore(String str)`: the one string a method takes, named as LeetCode's own starters
     * name theirs. A second string parameter needs a name that tells the two apart.
     */
    boolean isOnlyStringParameter() {
        if (kind != NameKind.PARAMETER || type == null || !type.asString().equals("String")
                || !(declaration.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable)) {
            return false;
        }
        return callable.getParameters().stream().filter(parameter -> parameter.getType().asString().equals("String"))
                .count() == 1;
    }

    /** `for (int num : nums)`: the element named as the singular of its collection. */
    boolean isSingularOfIterable() {
        if (kind != NameKind.FOR_EACH) {
            return false;
        }
        Node holder = declaration.getParentNode().flatMap(Node::getParentNode).orElse(null);
        return holder instanceof ForEachStmt loop && loop.getIterable() instanceof NameExpr iterable
                && iterable.getNameAsString().equals(name + "s");
    }

    /**
     * x with y (or y with x, z with x), or an integral row `r` with its column `c`, declared together: in one
     * parameter list or record header, as fields of one type, in one declaration statement, or as nested loop indices.
     * An edge's `u` and `v` and two operands `a` and `b` pair only as parameters or as locals read from one source;
     * fields or loop indices called `a` and `b` say nothing. Two unrelated locals that happen to be called x and y are
     * not a pair.
     */
    boolean isCoordinate() {
        Matcher matcher = COORDINATE.matcher(name);
        if (!matcher.matches()) {
            return false;
        }
        String axis = matcher.group(1);
        if ((axis.equals("r") || axis.equals("c")) && !isIntegral()) {
            return false;
        }
        String partner = partnerOf(axis) + matcher.group(2);
        Node parent = declaration.getParentNode().orElse(null);
        boolean operandPair = "uvab".contains(axis);
        if (operandPair && kind != NameKind.PARAMETER && kind != NameKind.LAMBDA_PARAMETER && kind != NameKind.LOCAL) {
            return false;
        }
        return switch (kind) {
            case PARAMETER, LAMBDA_PARAMETER, RECORD_COMPONENT -> parent != null && parent.getChildNodes().stream()
                    .anyMatch(sibling -> sibling instanceof Parameter parameter
                            && parameter.getNameAsString().equals(partner));
            case FIELD, CONSTANT -> parent != null && parent.getParentNode()
                    .filter(owner -> owner instanceof TypeDeclaration<?>)
                    .map(owner -> ((TypeDeclaration<?>) owner).getFieldByName(partner).isPresent())
                    .orElse(false);
            case LOCAL, RESOURCE -> (parent instanceof VariableDeclarationExpr declarationExpr
                    && declarationExpr.getVariables().stream()
                    .anyMatch(variable -> variable.getNameAsString().equals(partner)
                            && (!operandPair || bothPartsRead((VariableDeclarator) declaration, variable))))
                    || declaredInSameBlock(partner);
            case FOR_INDEX -> {
                Node scope = scope();
                yield scope != null && Trees.contains(scope, VariableDeclarator.class,
                        variable -> variable.getNameAsString().equals(partner)
                                && variableKind(variable) == NameKind.FOR_INDEX);
            }
            default -> false;
        };
    }

    /**
     * x pairs with y (y and z with x); a grid cell's row `r` pairs with its column `c`; an edge's endpoints `u` with
     * `v`; the two operands `a` with `b` (`gcd(int a, int b)`, `int b = stack.pop(); int a = stack.pop();`).
     */
    private static String partnerOf(String axis) {
        return switch (axis) {
            case "x" -> "y";
            case "r" -> "c";
            case "c" -> "r";
            case "u" -> "v";
            case "v" -> "u";
            case "a" -> "b";
            case "b" -> "a";
            default -> "x";
        };
    }

    /**
     * `int x = point[0];` and `int y = point[1];` as statements of one block: a pair even on two lines, when both
     * are read from the same source (a shared name in their initialisers). `int x = prices[0]; int y = 0;` is not.
     */
    private boolean declaredInSameBlock(String partner) {
        Node block = declaration.getParentNode().flatMap(Node::getParentNode).flatMap(Node::getParentNode).orElse(null);
        if (!(block instanceof com.github.javaparser.ast.stmt.BlockStmt statements)
                || !(declaration instanceof VariableDeclarator own) || own.getInitializer().isEmpty()) {
            return false;
        }
        java.util.Set<String> ownSources = namesIn(own.getInitializer().get());
        boolean operands = "uvab".contains(name.substring(0, 1));
        if (operands && !StructureReads.isPartRead(own.getInitializer().get())) {
            return false;
        }
        return statements.getStatements().stream().anyMatch(statement -> statement.isExpressionStmt()
                && statement.asExpressionStmt().getExpression() instanceof VariableDeclarationExpr other
                && other.getVariables().stream().anyMatch(variable -> variable.getNameAsString().equals(partner)
                && variable.getInitializer().filter(init -> !operands || StructureReads.isPartRead(init)).map(NameSite::namesIn)
                .filter(sources -> sources.stream().anyMatch(ownSources::contains)).isPresent()));
    }

    private static java.util.Set<String> namesIn(Expression expression) {
        java.util.Set<String> names = new java.util.HashSet<>();
        Trees.each(expression, NameExpr.class, name -> names.add(name.getNameAsString()));
        if (expression instanceof NameExpr name) {
            names.add(name.getNameAsString());
        }
        return names;
    }

    /**
     * A local read at most {@value #SHORT_LIFE_USES} times, all within {@value #SHORT_LIFE_LINES} lines of its
     * declaration, or a for-each element whose loop does the same: `int p = queue.poll(); sum += p;` is read with
     * everything it means in view, the way a one-line lambda's parameter is. A short name is the convention for a
     * short scope; a value read over and over in dense conditions still needs a name that says what it is.
     */
    boolean isShortLived() {
        if (kind != NameKind.LOCAL && kind != NameKind.FOR_EACH) {
            return false;
        }
        Node statement = declaration.getParentNode().flatMap(Node::getParentNode).orElse(null);
        Node scope = kind == NameKind.FOR_EACH ? statement : statement == null ? null
                : statement.getParentNode().orElse(null);
        if (scope == null || statement.getBegin().isEmpty()) {
            return false;
        }
        int declared = line();
        int lastUse = declared;
        int uses = 0;
        int from = statement.getBegin().get().line;
        for (NameExpr use : Trees.all(scope, NameExpr.class)) {
            if (use.getNameAsString().equals(name) && use.getBegin().isPresent()
                    && use.getBegin().get().line >= from) {
                lastUse = Math.max(lastUse, use.getBegin().get().line);
                uses++;
            }
        }
        boolean readFromStructure = kind == NameKind.FOR_EACH || (declaration instanceof VariableDeclarator variable
                && variable.getInitializer().filter(StructureReads::isRetrieval).isPresent());
        return readFromStructure && uses <= SHORT_LIFE_USES && lastUse - declared <= SHORT_LIFE_LINES;
    }

    /** `int u = edge[0], v = edge[1];`, not `int a = 1, b = 1;`: both values are parts of one thing. */
    private static boolean bothPartsRead(VariableDeclarator own, VariableDeclarator partner) {
        return own.getInitializer().filter(StructureReads::isPartRead).isPresent()
                && partner.getInitializer().filter(StructureReads::isPartRead).isPresent();
    }


    /**
     * A local or parameter of a method whose body is at most three statements: `sb` or `c` there, or `temp` in a
     * swap, is read with its whole life in view, as a reviewer reads a one-line lambda.
     */
    boolean isInTinyMethod() {
        if (kind != NameKind.LOCAL && kind != NameKind.PARAMETER) {
            return false;
        }
        Node owner = Callables.enclosing(declaration).map(callable -> (Node) callable).orElse(null);
        if (owner instanceof com.github.javaparser.ast.body.MethodDeclaration method && method.getBody().isPresent()) {
            return method.getBody().get().getStatements().size() <= 3
                    && Trees.all(method.getBody().get(), com.github.javaparser.ast.stmt.Statement.class).size() <= 4;
        }
        return false;
    }

    /**
     * `int temp = a[i]; a[i] = a[j]; a[j] = temp;`: the temporary of a swap, the one place `temp` is the idiom, since
     * it holds nothing but the value in transit.
     */
    boolean isSwapTemporary() {
        if (kind != NameKind.LOCAL || !(declaration instanceof VariableDeclarator variable)
                || !(declaration.getParentNode().flatMap(Node::getParentNode).orElse(null)
                instanceof com.github.javaparser.ast.stmt.ExpressionStmt statement)) {
            return false;
        }
        if (variable.getInitializer().isPresent()) {
            return startsSwap(statement, variable.getInitializer().get());
        }
        // `int temp;` declared once and reused: every value it is given must be the start of a swap.
        List<com.github.javaparser.ast.expr.AssignExpr> assignments = assignmentsInMethod();
        return !assignments.isEmpty() && assignments.stream().allMatch(assign -> assign.getOperator()
                == com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN
                && assign.getParentNode().orElse(null) instanceof com.github.javaparser.ast.stmt.ExpressionStmt held
                && startsSwap(held, assign.getValue()));
    }

    /** `statement` gives the temporary `source`, and the next two statements are `source = other; other = temp;`. */
    private boolean startsSwap(com.github.javaparser.ast.stmt.Statement statement, Expression source) {
        if (!(statement.getParentNode().orElse(null) instanceof com.github.javaparser.ast.stmt.BlockStmt block)) {
            return false;
        }
        List<com.github.javaparser.ast.stmt.Statement> statements = block.getStatements();
        int at = statements.indexOf(statement);
        if (at < 0 || at + 2 >= statements.size()) {
            return false;
        }
        return assignment(statements.get(at + 1)).filter(first -> first.getTarget().equals(source))
                .flatMap(first -> assignment(statements.get(at + 2))
                        .filter(second -> second.getTarget().equals(first.getValue())
                                && Guards.isName(second.getValue(), name)))
                .isPresent();
    }

    private static Optional<com.github.javaparser.ast.expr.AssignExpr> assignment(
            com.github.javaparser.ast.stmt.Statement statement) {
        return statement.isExpressionStmt() && statement.asExpressionStmt().getExpression()
                instanceof com.github.javaparser.ast.expr.AssignExpr assign
                && assign.getOperator() == com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN
                ? Optional.of(assign) : Optional.empty();
    }

    /**
     * `for (char c : s.toCharArray())`, `char c = s.charAt(i)`, `for (char ch = '1'; ...)`, `isVowel(char ch)`: the
     * current character, an idiom like `i`. A `char c` read from a grid is not: beside a row, `c` reads as a column.
     */
    boolean isCurrentCharacter() {
        if (!name.equals("c") && !name.equals("ch")) {
            return false;
        }
        boolean character = type != null && (type.asString().equals("char") || type.asString().equals("Character"));
        if (character && (kind == NameKind.FOR_INDEX || kind == NameKind.PARAMETER)) {
            return true;
        }
        if (kind == NameKind.FOR_EACH && declaration.getParentNode().flatMap(Node::getParentNode).orElse(null)
                instanceof ForEachStmt loop) {
            Expression iterable = loop.getIterable();
            return iterable instanceof MethodCallExpr call && call.getNameAsString().equals("toCharArray")
                    || iterable instanceof NameExpr array && DeclaredTypes.of(array, array.getNameAsString())
                    .filter(arrayType -> arrayType.asString().equals("char[]")).isPresent();
        }
        return kind == NameKind.LOCAL && declaration instanceof VariableDeclarator variable
                && variable.getInitializer().filter(init -> init instanceof MethodCallExpr call
                && call.getNameAsString().equals("charAt")).isPresent();
    }

    /** `for (int q = 0; q < size; q++)` whose body never reads `q`: the loop counts, the name carries nothing. */
    boolean isUnreadLoopIndex() {
        if (kind != NameKind.FOR_INDEX || !(declaration.getParentNode().flatMap(Node::getParentNode).orElse(null)
                instanceof ForStmt loop)) {
            return false;
        }
        return !Trees.contains(loop.getBody(), NameExpr.class, use -> use.getNameAsString().equals(name));
    }

    /** `compareTo(Pair o)`, `equals(Object o)`: the name the JDK's own signatures use for the other object. */
    boolean isOtherOfComparison() {
        return kind == NameKind.PARAMETER && name.equals("o")
                && declaration.getParentNode().orElse(null) instanceof MethodDeclaration method
                && (method.getNameAsString().equals("compareTo") || method.getNameAsString().equals("equals")
                || method.getNameAsString().equals("compare"));
    }

    /**
     * `int a = Character.getNumericValue('a')`, `String[] M = {"", "M", "MM", "MMM"}`, `int C = 'C' - 'A'`: the
     * name is the letter its value is made of, so it says exactly what it holds.
     */
    boolean isSpelledByItsValue() {
        if (!(declaration instanceof VariableDeclarator variable) || variable.getInitializer().isEmpty()) {
            return false;
        }
        // Trees.contains tests the initialiser itself too, so `char a = 'a'` is covered.
        return Trees.contains(variable.getInitializer().get(), com.github.javaparser.ast.expr.LiteralStringValueExpr.class,
                literal -> (literal.isCharLiteralExpr() || literal.isStringLiteralExpr())
                        && literal.getValue().equalsIgnoreCase(name));
    }

    /** `for (String w : words)`, or a loop whose whole body is on the line of its header: the element reads at once. */
    boolean isElementOfObviousLoop() {
        if (kind != NameKind.FOR_EACH || !(declaration.getParentNode().flatMap(Node::getParentNode).orElse(null)
                instanceof ForEachStmt loop)) {
            return false;
        }
        boolean oneLine = loop.getBegin().isPresent() && loop.getEnd().isPresent()
                && loop.getBegin().get().line == loop.getEnd().get().line;
        // `w : words`, `ne : nexts`, `ai : a`: the element named by the start of its collection's name, or the
        // collection by the start of the element's.
        boolean prefix = loop.getIterable() instanceof NameExpr iterable && !iterable.getNameAsString().equals(name)
                && (iterable.getNameAsString().toLowerCase(java.util.Locale.ROOT).startsWith(name)
                || name.startsWith(iterable.getNameAsString()));
        return oneLine || prefix;
    }

    private Node scope() {
        Node current = declaration.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof CallableDeclaration<?> || current instanceof LambdaExpr
                    || current instanceof TypeDeclaration<?>) {
                return current;
            }
            current = current.getParentNode().orElse(null);
        }
        return null;
    }
}
