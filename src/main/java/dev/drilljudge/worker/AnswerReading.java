package dev.drilljudge.worker;

import java.util.Map;

/**
 * Reads a returned answer the way the caller's code would: every element of an array, a collection, a map or a
 * character sequence. The growth meter does this inside its timed region, so an answer that defers its work until
 * it is read (a `List` whose `get` computes, a lazy `CharSequence`) is measured doing that work, not returning
 * the promise of it. Iterators and streams are left alone: reading them would use them up before the answer check.
 */
final class AnswerReading {
    /** Nesting followed: answers are at most a list of lists of strings; a structure holding itself stops here. */
    private static final int MAX_DEPTH = 6;

    private AnswerReading() {
    }

    /** A hash of everything read, to be kept by the caller so the reading cannot be optimised away. */
    static long read(Object answer) {
        return read(answer, 0);
    }

    private static long read(Object value, int depth) {
        if (value == null || depth > MAX_DEPTH || value instanceof String) {
            return value == null ? 0 : value.hashCode();
        }
        long hash = 0;
        if (value instanceof int[] numbers) {
            for (int number : numbers) {
                hash = 31 * hash + number;
            }
        } else if (value instanceof long[] numbers) {
            for (long number : numbers) {
                hash = 31 * hash + number;
            }
        } else if (value instanceof char[] characters) {
            for (char character : characters) {
                hash = 31 * hash + character;
            }
        } else if (value instanceof boolean[] flags) {
            for (boolean flag : flags) {
                hash = 31 * hash + (flag ? 1 : 0);
            }
        } else if (value instanceof double[] numbers) {
            for (double number : numbers) {
                hash = 31 * hash + Double.hashCode(number);
            }
        } else if (value instanceof Object[] elements) {
            for (Object element : elements) {
                hash = 31 * hash + read(element, depth + 1);
            }
        } else if (value instanceof CharSequence text) {
            for (int index = 0, length = text.length(); index < length; index++) {
                hash = 31 * hash + text.charAt(index);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                hash += read(entry.getKey(), depth + 1) ^ read(entry.getValue(), depth + 1);
            }
        } else if (value instanceof Iterable<?> elements) {
            for (Object element : elements) {
                hash = 31 * hash + read(element, depth + 1);
            }
        }
        return hash;
    }
}
