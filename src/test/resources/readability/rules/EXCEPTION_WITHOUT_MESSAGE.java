import java.util.Iterator;
import java.util.Optional;

class ExceptionWithoutMessage {
    void check(int k) {
        if (k <= 0) {
            throw new IllegalArgumentException(); // expect: EXCEPTION_WITHOUT_MESSAGE "`new IllegalArgumentException()` at line 7 has no message"
        }
    }

    String first(Optional<String> value) {
        return value.orElseThrow(() -> new IllegalStateException()); // expect: EXCEPTION_WITHOUT_MESSAGE
    }

    void checked(int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive, was " + k);
        }
    }

    // A null check throws what Objects.requireNonNull throws; any other condition still needs a message.
    int length(int[] values) {
        if (values == null) {
            throw new NullPointerException();
        }
        if (values.length > 1_000) {
            throw new NullPointerException(); // expect: EXCEPTION_WITHOUT_MESSAGE
        }
        return values.length;
    }

    void wrap(Exception cause) {
        throw new IllegalStateException(cause);
    }

    static class Empty implements Iterator<String> {
        @Override
        public boolean hasNext() {
            return false;
        }

        @Override
        public String next() {
            throw new java.util.NoSuchElementException("no elements"); 
        }

        @Override
        public void remove() {
            throw new UnsupportedOperationException();
        }
    }

    // An empty structure's parameterless accessor throws what the JDK's collections throw; with a parameter there is
    // a value to name. EmptyStackException has no constructor that takes a message.
    static class Stack {
        private final java.util.ArrayDeque<Integer> values = new java.util.ArrayDeque<>();

        int pop() {
            if (values.isEmpty()) {
                throw new java.util.NoSuchElementException();
            }
            return values.pop();
        }

        int peekAt(int depth) {
            if (depth >= values.size()) {
                throw new java.util.NoSuchElementException(); // expect: EXCEPTION_WITHOUT_MESSAGE
            }
            return depth;
        }

        int top() {
            if (values.isEmpty()) {
                throw new java.util.EmptyStackException();
            }
            return values.peek();
        }
    }
}
