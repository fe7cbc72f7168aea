package org.junit.jupiter.api;

public final class Assertions {
    public static void assertEquals(Object expected, Object actual) {
    }
}
