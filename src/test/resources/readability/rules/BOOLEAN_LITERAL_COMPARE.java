class Flags {
    int count(boolean[] seen) {
        int total = 0;
        for (boolean flag : seen) {
            if (flag == true) { // expect: BOOLEAN_LITERAL_COMPARE "Write `flag`"
                total++;
            }
        }
        return total;
    }

    boolean isOpen(boolean closed) {
        return closed == false; // expect: BOOLEAN_LITERAL_COMPARE "Write `!closed`"
    }

    boolean plain(boolean ready) {
        return ready;
    }
}
