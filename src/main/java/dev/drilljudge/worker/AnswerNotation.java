package dev.drilljudge.worker;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a growth call's returned value in `judge repro`'s notation (JSON values; arrays and collections as arrays,
 * a problem's TreeNode in LeetCode level order, a ListNode as an array), so the judge compares it with the model
 * answer's as `judge repro` compares two results (repro.ResultComparison). It follows ReproTestSource's generated
 * renderer, which runs in a test class and so cannot share this code. Every character past ASCII is written as a
 * JSON escape, so the text's length is its size on the wire. Writing stops past {@link #limit}: the judge compares
 * a cut text only by being cut.
 */
final class AnswerNotation {
    private final int limit;
    private final StringBuilder out = new StringBuilder();

    private AnswerNotation(int limit) {
        this.limit = limit;
    }

    /** The value's text, at most {@code limit} characters, and whether it was cut there. */
    record Text(String text, boolean cut) {
    }

    static Text of(Object value, int limit) throws ReflectiveOperationException {
        AnswerNotation notation = new AnswerNotation(limit);
        try {
            notation.render(value);
        } catch (Full full) {
            return new Text(notation.out.substring(0, limit), true);
        }
        return notation.out.length() > limit ? new Text(notation.out.substring(0, limit), true)
                : new Text(notation.out.toString(), false);
    }

    /** Thrown once the text passes the limit: nothing past it is sent. */
    private static final class Full extends RuntimeException {
        Full() {
            super(null, null, false, false);
        }
    }

    private void append(String text) {
        out.append(text);
        if (out.length() > limit) {
            throw new Full();
        }
    }

    private void render(Object value) throws ReflectiveOperationException {
        if (value == null) {
            append("null");
        } else if (value instanceof String || value instanceof Character) {
            quote(String.valueOf(value));
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                quote(String.valueOf(number));
            } else {
                append(String.valueOf(number));
            }
        } else if (value instanceof Number || value instanceof Boolean) {
            append(String.valueOf(value));
        } else if (value.getClass().isArray() && value.getClass().getComponentType().isPrimitive()) {
            renderAll(primitives(value));
        } else if (value instanceof Object[] array) {
            renderAll(java.util.Arrays.asList(array));
        } else if (value instanceof Iterable<?> iterable) {
            renderAll(iterable);
        } else if (value instanceof Map<?, ?> map) {
            append("{");
            int count = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                append(count++ > 0 ? "," : "");
                quote(String.valueOf(entry.getKey()));
                append(":");
                render(entry.getValue());
            }
            append("}");
        } else if (value instanceof Optional<?> optional) {
            render(optional.orElse(null));
        } else if (value.getClass().getSimpleName().equals("TreeNode")) {
            renderAll(levelOrder(value));
        } else if (value.getClass().getSimpleName().equals("ListNode")) {
            renderAll(listValues(value));
        } else {
            quote(String.valueOf(value));
        }
    }

    private void renderAll(Iterable<?> elements) throws ReflectiveOperationException {
        append("[");
        int count = 0;
        for (Object element : elements) {
            append(count++ > 0 ? "," : "");
            render(element);
        }
        append("]");
    }

    private static List<Object> primitives(Object array) {
        int length = java.lang.reflect.Array.getLength(array);
        List<Object> values = new ArrayList<>(length);
        for (int index = 0; index < length; index++) {
            values.add(java.lang.reflect.Array.get(array, index));
        }
        return values;
    }

    private void quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int index = 0; index < text.length(); index++) {
            char next = text.charAt(index);
            if (next == '"' || next == '\\') {
                quoted.append('\\').append(next);
            } else if (next < 0x20 || next > 0x7e) {
                quoted.append(String.format("\\u%04x", (int) next));
            } else {
                quoted.append(next);
            }
        }
        append(quoted.append('"').toString());
    }

    /** The support class's {@code val}, {@code left} and {@code right}, level by level, trailing nulls dropped. */
    private List<Object> levelOrder(Object root) throws ReflectiveOperationException {
        List<Object> levels = new ArrayList<>();
        ArrayDeque<Optional<Object>> queue = new ArrayDeque<>();
        queue.add(Optional.of(root));
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        while (!queue.isEmpty()) {
            Optional<Object> node = queue.poll();
            if (node.isEmpty()) {
                levels.add(null);
                continue;
            }
            if (seen.put(node.get(), Boolean.TRUE) != null) {
                throw new IllegalStateException("the returned tree has a cycle");
            }
            levels.add(field(node.get(), "val"));
            queue.add(Optional.ofNullable(field(node.get(), "left")));
            queue.add(Optional.ofNullable(field(node.get(), "right")));
            if (levels.size() > limit) {
                break;
            }
        }
        while (!levels.isEmpty() && levels.get(levels.size() - 1) == null) {
            levels.remove(levels.size() - 1);
        }
        return levels;
    }

    private List<Object> listValues(Object head) throws ReflectiveOperationException {
        List<Object> values = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Object node = head; node != null && values.size() <= limit; node = field(node, "next")) {
            if (seen.put(node, Boolean.TRUE) != null) {
                throw new IllegalStateException("the returned list has a cycle");
            }
            values.add(field(node, "val"));
        }
        return values;
    }

    private static Object field(Object node, String name) throws ReflectiveOperationException {
        Field field = node.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(node);
    }
}
