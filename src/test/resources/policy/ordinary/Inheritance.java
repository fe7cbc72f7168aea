import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Abstract classes, super calls, an AbstractList view, TreeSet with a comparator, clone and arrays. */
class Inheritance {
    abstract static class Account implements Comparable<Account> {
        protected final String owner;
        protected long cents;

        Account(String owner, long cents) {
            this.owner = owner;
            this.cents = cents;
        }

        abstract double rate();

        long interest() {
            return Math.round(cents * rate());
        }

        @Override
        public int compareTo(Account other) {
            return Long.compare(cents, other.cents);
        }
    }

    static final class Savings extends Account {
        Savings(String owner, long cents) {
            super(owner, cents);
        }

        @Override
        double rate() {
            return 0.02;
        }

        @Override
        long interest() {
            return super.interest() + 1;
        }
    }

    static final class Squares extends AbstractList<Integer> {
        private final int size;

        Squares(int size) {
            this.size = size;
        }

        @Override
        public Integer get(int index) {
            return index * index;
        }

        @Override
        public int size() {
            return size;
        }
    }

    static List<String> owners(List<Account> accounts) {
        TreeSet<Account> sorted = new TreeSet<>(Comparator.comparing((Account a) -> a.owner).reversed());
        sorted.addAll(accounts);
        List<String> out = new ArrayList<>();
        sorted.descendingSet().forEach(account -> out.add(account.owner));
        Collections.reverse(out);
        return out;
    }

    static int sumOfSquares(int n) {
        return new Squares(n).stream().mapToInt(Integer::intValue).sum();
    }
}
