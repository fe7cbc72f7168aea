package com.example.calc;

public class Adder {
    public int add(int left, int right) {
        return left + right;
    }
}
