class Commands {
    boolean isQuit(String command) {
        return command == "quit"; // expect: STRING_IDENTITY ".equals(command)"
    }

    boolean same(String first, String second) {
        return first != second; // expect: STRING_IDENTITY "!Objects.equals(first, second)"
    }

    boolean missing(String value) {
        return value == null;
    }

    boolean sameNumber(int first, int second) {
        return first == second;
    }

    boolean sameText(String first, String second) {
        return first.equals(second);
    }
}
