import java.util.concurrent.Callable;

class RawThrow {
    void check(int value) {
        if (value < 0) {
            throw new RuntimeException("negative: " + value); // expect: RAW_THROW "`throw new RuntimeException` at line 6"
        }
    }

    void load() throws Exception { // expect: RAW_THROW
    }

    void validate(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("value must not be negative, was " + value);
        }
    }

    <T> T callOnce(Callable<T> operation) throws Exception {
        return operation.call();
    }

    void rethrow(Exception failure) throws Exception {
        throw failure;
    }

    void relay() throws Throwable { // expect: RAW_THROW
    }

    public static void main(String[] args) throws Exception {
        new RawThrow().load();
    }

    static class Task implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            return 1;
        }
    }
}
