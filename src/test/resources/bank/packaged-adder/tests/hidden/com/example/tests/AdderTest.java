package com.example.tests;

import com.example.calc.Adder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AdderTest {
    @Test
    @DisplayName("adds two positives")
    void positives() {
        assertEquals(5, new Adder().add(2, 3), "add(2, 3)");
    }

    @Test
    @DisplayName("adds a negative")
    void negative() {
        assertEquals(-1, new Adder().add(2, -3), "add(2, -3)");
    }
}
