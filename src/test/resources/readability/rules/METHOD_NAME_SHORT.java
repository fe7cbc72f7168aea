class MethodNameShort {
    int f(int value) { // expect: METHOD_NAME_SHORT "Method `f` at line 2 does not say what it does"
        return value + 1;
    }

    void go() { // expect: METHOD_NAME_SHORT
    }

    static MethodNameShort of() {
        return new MethodNameShort();
    }

    int dfs(int depth) {
        return depth;
    }

    record User(String id) {
        public String id() {
            return id;
        }
    }
}
