class BroadCatch {
    int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (Exception e) { // expect: BROAD_CATCH "Catching `Exception` at line 5"
            throw new IllegalArgumentException("not a number: " + text, e);
        }
    }

    int parseSpecific(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text, e);
        }
    }

    void run(Runnable task) {
        try {
            task.run();
        } catch (IllegalStateException | RuntimeException e) { // expect: BROAD_CATCH
            throw new IllegalStateException("task failed", e);
        }
    }

    void guard(Runnable task) {
        try {
            task.run();
        } catch (Throwable t) { // expect: BROAD_CATCH
            throw new IllegalStateException("task failed", t);
        }
    }

    <T> T callCounted(java.util.concurrent.Callable<T> operation) throws Exception {
        try {
            return operation.call();
        } catch (Exception failure) {
            throw failure;
        }
    }

    public static void main(String[] args) {
        try {
            new BroadCatch().parse(args.length > 0 ? args[0] : "0");
        } catch (Exception e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }
}
