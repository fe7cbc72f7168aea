class LostCause {
    int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            e.printStackTrace(); // expect: LOST_CAUSE "`printStackTrace()` at line 6 writes to stderr and carries on"
            return 0;
        }
    }

    int parseStrict(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text); // expect: LOST_CAUSE
        }
    }

    int parseMessageOnly(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(e.getMessage()); // expect: LOST_CAUSE
        }
    }

    int parseWrapped(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text, e);
        }
    }

    void rethrow(Runnable task) {
        try {
            task.run();
        } catch (IllegalStateException e) {
            throw e;
        }
    }

    void validate(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("value must not be negative, was " + value);
        }
    }
}
