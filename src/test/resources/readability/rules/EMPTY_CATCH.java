class EmptyCatch {
    int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) { } // expect: EMPTY_CATCH "swallows `NumberFormatException` silently"
        return 0;
    }

    int parseWithReason(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            // not a number: the caller gets the default below
        }
        return 0;
    }

    void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception ignored) {
        }
    }

    void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void swallowBoth(String text) {
        try {
            Integer.parseInt(text);
        } catch (NumberFormatException | NullPointerException e) { } // expect: EMPTY_CATCH
    }
}
