package dev.drilljudge.repro;

import com.github.javaparser.ast.type.VoidType;
import dev.drilljudge.source.SourceFile;

import java.util.List;

/**
 * The JUnit test that makes one repro call inside the sandbox: it builds the arguments, calls the method, writes the
 * result in the input's own notation (JSON values; trees in level order, lists as arrays) and reports it as the
 * test's failure message after a per-run marker, so the judge can tell the result from anything the code threw.
 */
public final class ReproTestSource {
    public static final String CLASS_NAME = "DrillJudgeReproTest";

    private ReproTestSource() {
    }

    /**
     * @param marker a random token the candidate's code cannot know: only the test's own message starts with it
     * @param withTrees whether the problem's support classes define TreeNode / ListNode (helpers are only emitted
     *                  then, since they must compile)
     */
    public static SourceFile of(ReproTarget target, List<ReproArguments.Argument> arguments, String marker,
                                boolean withTrees, boolean withLists) {
        StringBuilder java = new StringBuilder();
        if (!target.packageName().isEmpty()) {
            java.append("package ").append(target.packageName()).append(";\n\n");
        }
        java.append("import org.junit.jupiter.api.Test;\n\n");
        java.append("class ").append(CLASS_NAME).append(" {\n");
        java.append("    @Test\n    void repro() throws Throwable {\n");
        for (ReproArguments.Argument argument : arguments) {
            java.append("        ").append(argument.parameter().getType().asString()).append(' ')
                    .append(argument.name()).append(" = ").append(argument.javaExpression()).append(";\n");
        }
        String call = (target.isStatic() ? target.className() : "new " + target.className() + "()") + "."
                + target.methodName() + "(" + String.join(", ", arguments.stream()
                .map(ReproArguments.Argument::name).toList()) + ")";
        java.append("        StringBuilder out = new StringBuilder(").append(JavaText.stringLiteral(marker)).append(");\n");
        if (target.returnType() instanceof VoidType) {
            java.append("        ").append(call).append(";\n");
            java.append("        out.append(\"null\");\n");
        } else {
            java.append("        Object result = ").append(call).append(";\n");
            java.append("        render(result, out);\n");
        }
        java.append("        throw new AssertionError(out.toString());\n    }\n\n");
        java.append(RENDER);
        java.append("    private static void renderOther(Object value, StringBuilder out) {\n");
        if (withTrees) {
            java.append("        if (value instanceof TreeNode root) { renderTree(root, out); return; }\n");
        }
        if (withLists) {
            java.append("        if (value instanceof ListNode head) { renderList(head, out); return; }\n");
        }
        java.append("        quote(String.valueOf(value), out);\n    }\n\n");
        if (withTrees) {
            java.append(TREES);
        }
        if (withLists) {
            java.append(LISTS);
        }
        java.append("}\n");
        String folder = target.packageName().isEmpty() ? "" : target.packageName().replace('.', '/') + "/";
        return new SourceFile(folder + CLASS_NAME + ".java", java.toString());
    }

    private static final String RENDER = """
                private static void render(Object value, StringBuilder out) {
                    if (value == null) {
                        out.append("null");
                    } else if (value instanceof String || value instanceof Character) {
                        quote(String.valueOf(value), out);
                    } else if (value instanceof Double || value instanceof Float) {
                        double number = ((Number) value).doubleValue();
                        if (Double.isNaN(number) || Double.isInfinite(number)) {
                            quote(String.valueOf(number), out);
                        } else {
                            out.append(number);
                        }
                    } else if (value instanceof Number || value instanceof Boolean) {
                        out.append(value);
                    } else if (value instanceof int[] array) {
                        java.util.List<Object> list = new java.util.ArrayList<>();
                        for (int element : array) list.add(element);
                        render(list, out);
                    } else if (value instanceof long[] array) {
                        java.util.List<Object> list = new java.util.ArrayList<>();
                        for (long element : array) list.add(element);
                        render(list, out);
                    } else if (value instanceof double[] array) {
                        java.util.List<Object> list = new java.util.ArrayList<>();
                        for (double element : array) list.add(element);
                        render(list, out);
                    } else if (value instanceof boolean[] array) {
                        java.util.List<Object> list = new java.util.ArrayList<>();
                        for (boolean element : array) list.add(element);
                        render(list, out);
                    } else if (value instanceof char[] array) {
                        java.util.List<Object> list = new java.util.ArrayList<>();
                        for (char element : array) list.add(element);
                        render(list, out);
                    } else if (value instanceof Object[] array) {
                        render(java.util.Arrays.asList(array), out);
                    } else if (value instanceof Iterable<?> iterable) {
                        out.append('[');
                        int count = 0;
                        for (Object element : iterable) {
                            if (count++ > 0) out.append(',');
                            if (out.length() > 4000) { out.append("\\"...\\""); break; }
                            render(element, out);
                        }
                        out.append(']');
                    } else if (value instanceof java.util.Map<?, ?> map) {
                        out.append('{');
                        int count = 0;
                        for (java.util.Map.Entry<?, ?> entry : map.entrySet()) {
                            if (count++ > 0) out.append(',');
                            quote(String.valueOf(entry.getKey()), out);
                            out.append(':');
                            render(entry.getValue(), out);
                        }
                        out.append('}');
                    } else if (value instanceof java.util.Optional<?> optional) {
                        render(optional.orElse(null), out);
                    } else {
                        renderOther(value, out);
                    }
                }

                private static void quote(String text, StringBuilder out) {
                    out.append('"');
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (c == '"' || c == '\\\\') {
                            out.append('\\\\').append(c);
                        } else if (c < 0x20) {
                            out.append(String.format("\\\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                    out.append('"');
                }

            """;

    /** Trees render as LeetCode's level order, trailing nulls dropped; lists as arrays. */
    private static final String TREES = """
                private static void renderTree(TreeNode root, StringBuilder out) {
                        java.util.List<Integer> levels = new java.util.ArrayList<>();
                        java.util.ArrayDeque<java.util.Optional<TreeNode>> queue = new java.util.ArrayDeque<>();
                        queue.add(java.util.Optional.of(root));
                        while (!queue.isEmpty() && levels.size() < 100000) {
                            java.util.Optional<TreeNode> node = queue.poll();
                            if (node.isEmpty()) { levels.add(null); continue; }
                            levels.add(node.get().val);
                            queue.add(java.util.Optional.ofNullable(node.get().left));
                            queue.add(java.util.Optional.ofNullable(node.get().right));
                        }
                        while (!levels.isEmpty() && levels.get(levels.size() - 1) == null) levels.remove(levels.size() - 1);
                        render(levels, out);
                }

                static TreeNode tree(Integer[] levels) {
                    if (levels.length == 0 || levels[0] == null) return null;
                    TreeNode root = new TreeNode(levels[0]);
                    java.util.ArrayDeque<TreeNode> parents = new java.util.ArrayDeque<>();
                    parents.add(root);
                    int index = 1;
                    while (!parents.isEmpty() && index < levels.length) {
                        TreeNode parent = parents.poll();
                        if (index < levels.length && levels[index] != null) {
                            parent.left = new TreeNode(levels[index]);
                            parents.add(parent.left);
                        }
                        index++;
                        if (index < levels.length && levels[index] != null) {
                            parent.right = new TreeNode(levels[index]);
                            parents.add(parent.right);
                        }
                        index++;
                    }
                    return root;
                }

                static TreeNode find(TreeNode node, int value) {
                    if (node == null || node.val == value) return node;
                    TreeNode left = find(node.left, value);
                    return left != null ? left : find(node.right, value);
                }

            """;

    private static final String LISTS = """
                static ListNode list(int[] values) {
                    ListNode head = null;
                    for (int i = values.length - 1; i >= 0; i--) {
                        ListNode node = new ListNode(values[i]);
                        node.next = head;
                        head = node;
                    }
                    return head;
                }

                private static void renderList(ListNode head, StringBuilder out) {
                    java.util.List<Integer> values = new java.util.ArrayList<>();
                    for (ListNode node = head; node != null && values.size() < 100000; node = node.next) {
                        values.add(node.val);
                    }
                    render(values, out);
                }

            """;
}
