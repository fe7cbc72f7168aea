package dev.drilljudge.repro;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.drilljudge.BadInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns what the candidate typed, the method's arguments as JSON literals separated by commas
 * ({@code [2,7,11,15], 9}), into Java expressions for the starter's parameter types. Jackson parses the list;
 * each value is then checked against its parameter's type. Trees are LeetCode's level order with nulls
 * ({@code [3,9,20,null,null,15,7]}); a tree parameter after the first names a node of the first tree by its value,
 * as LeetCode's lowest-common-ancestor does; linked lists are arrays of values.
 */
public final class ReproArguments {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final Set<String> LIST_TYPES = Set.of("List", "ArrayList", "Collection", "Iterable", "LinkedList");
    private static final Set<String> SET_TYPES = Set.of("Set", "HashSet", "LinkedHashSet");

    private ReproArguments() {
    }

    /** One argument: its parameter, the value as typed, and the Java expression that builds it. */
    public record Argument(Parameter parameter, JsonNode value, String javaExpression) {
        public String name() {
            return parameter.getNameAsString();
        }
    }

    public static List<Argument> parse(ReproTarget target, String input) {
        JsonNode values;
        try {
            values = JSON.readTree("[" + input + "]");
        } catch (JacksonException e) {
            throw new BadInputException("the input \"" + shorten(input) + "\" is not a list of JSON values ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "); write the arguments of "
                    + target.describe() + " separated by commas, e.g. \"[2,7,11,15], 9\"");
        }
        List<Parameter> parameters = target.parameters();
        if (values.size() != parameters.size()) {
            throw new BadInputException("the input has " + values.size() + " value" + (values.size() == 1 ? "" : "s")
                    + " and " + target.describe() + " takes " + parameters.size()
                    + "; give one JSON value per parameter, separated by commas");
        }
        List<Argument> arguments = new ArrayList<>();
        String firstTree = null;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            JsonNode value = values.get(i);
            String expression;
            if (isNamed(parameter.getType(), "TreeNode") && firstTree != null && value.isIntegralNumber()) {
                expression = "find(" + firstTree + ", " + intValue(value, parameter.getNameAsString()) + ")";
            } else {
                expression = expression(parameter.getType(), value, parameter.getNameAsString());
            }
            if (firstTree == null && isNamed(parameter.getType(), "TreeNode")) {
                firstTree = parameter.getNameAsString();
            }
            arguments.add(new Argument(parameter, value, expression));
        }
        return arguments;
    }

    static boolean isNamed(Type type, String simpleName) {
        return type instanceof ClassOrInterfaceType named && named.getNameAsString().equals(simpleName);
    }

    private static String expression(Type type, JsonNode value, String where) {
        if (type instanceof PrimitiveType primitive) {
            return primitive(primitive, value, where);
        }
        if (type instanceof ArrayType array) {
            if (value.isNull()) {
                return "null";
            }
            requireArray(value, where, type);
            List<String> elements = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                elements.add(expression(array.getComponentType(), value.get(i), where + "[" + i + "]"));
            }
            return "new " + erasure(array.getComponentType()) + "[] {" + String.join(", ", elements) + "}";
        }
        if (type instanceof ClassOrInterfaceType named) {
            return named(named, value, where);
        }
        throw unsupported(where, type);
    }

    private static String primitive(PrimitiveType type, JsonNode value, String where) {
        return switch (type.getType()) {
            case INT -> Integer.toString(intValue(value, where));
            case LONG -> {
                if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                    throw mismatch(where, "a whole number in the long range", value);
                }
                yield value.longValue() + "L";
            }
            case SHORT, BYTE -> "(" + type.asString() + ") " + intValue(value, where);
            case DOUBLE, FLOAT -> {
                if (!value.isNumber()) {
                    throw mismatch(where, "a number", value);
                }
                yield Double.toString(value.doubleValue()) + (type.getType() == PrimitiveType.Primitive.FLOAT ? "f" : "");
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw mismatch(where, "true or false", value);
                }
                yield Boolean.toString(value.booleanValue());
            }
            case CHAR -> charLiteral(value, where);
        };
    }

    private static String named(ClassOrInterfaceType type, JsonNode value, String where) {
        String name = type.getNameAsString();
        if (value.isNull()) {
            return "null";
        }
        switch (name) {
            case "Integer":
                return "Integer.valueOf(" + intValue(value, where) + ")";
            case "Long":
                return "Long.valueOf(" + primitive(PrimitiveType.longType(), value, where) + ")";
            case "Double":
                return "Double.valueOf(" + primitive(PrimitiveType.doubleType(), value, where) + ")";
            case "Boolean":
                return "Boolean.valueOf(" + primitive(PrimitiveType.booleanType(), value, where) + ")";
            case "Character":
                return "Character.valueOf(" + charLiteral(value, where) + ")";
            case "String":
                if (!value.isString()) {
                    throw mismatch(where, "a string in double quotes", value);
                }
                return JavaText.stringLiteral(value.stringValue());
            case "TreeNode":
                requireArray(value, where, type);
                return "tree(new Integer[] {" + String.join(", ", elements(value, PrimitiveType.intType().toBoxedType(),
                        where)) + "})";
            case "ListNode":
                requireArray(value, where, type);
                return "list(new int[] {" + String.join(", ", elements(value, PrimitiveType.intType(), where)) + "})";
            default:
                break;
        }
        if (LIST_TYPES.contains(name) || SET_TYPES.contains(name)) {
            Type element = type.getTypeArguments().filter(arguments -> arguments.size() == 1)
                    .map(arguments -> arguments.get(0))
                    .orElseThrow(() -> unsupported(where, type));
            requireArray(value, where, type);
            String collection = SET_TYPES.contains(name) ? "java.util.LinkedHashSet" : "java.util.ArrayList";
            return "new " + collection + "<" + element.asString() + ">(java.util.Arrays.<" + element.asString()
                    + ">asList(" + String.join(", ", elements(value, element, where)) + "))";
        }
        throw unsupported(where, type);
    }

    private static List<String> elements(JsonNode array, Type elementType, String where) {
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            elements.add(expression(elementType, array.get(i), where + "[" + i + "]"));
        }
        return elements;
    }

    private static int intValue(JsonNode value, String where) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw mismatch(where, "a whole number in the int range", value);
        }
        return value.intValue();
    }

    private static String charLiteral(JsonNode value, String where) {
        if (!value.isString() || value.stringValue().length() != 1) {
            throw mismatch(where, "a one-character string such as \"1\"", value);
        }
        return JavaText.charLiteral(value.stringValue().charAt(0));
    }

    private static void requireArray(JsonNode value, String where, Type type) {
        if (!value.isArray()) {
            throw mismatch(where, "a JSON array [...] for " + type.asString(), value);
        }
    }

    /** The array type's element as `new X[]` needs it: generic arguments dropped. */
    private static String erasure(Type type) {
        if (type instanceof ClassOrInterfaceType named) {
            return named.getNameAsString();
        }
        if (type instanceof ArrayType array) {
            return erasure(array.getComponentType()) + "[]";
        }
        return type.asString();
    }

    private static BadInputException mismatch(String where, String expected, JsonNode value) {
        return new BadInputException("repro input: " + where + " must be " + expected + ", not "
                + shorten(value.toString()));
    }

    private static BadInputException unsupported(String where, Type type) {
        return new BadInputException("judge repro cannot build a " + type.asString() + " for " + where
                + " from a literal; it takes numbers, booleans, strings, characters, arrays, lists, sets, "
                + "TreeNode and ListNode");
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "…";
    }
}
