import java.util.function.UnaryOperator;

class ParameterReassigned {
    private int field;
    private final UnaryOperator<Integer> increment = count -> {
        count = count + 1; // expect: PARAMETER_REASSIGNED
        return count;
    };

    int digitSum(int number) {
        int sum = 0;
        while (number > 0) {
            sum += number % 10;
            number /= 10;
        }
        return sum;
    }

    int countdown(int steps) {
        steps--;
        return steps;
    }

    int halve(int size) {
        size = size / 2;
        return size;
    }

    int firstPositive(int[] values, int start) {
        start = values.length; // expect: PARAMETER_REASSIGNED "int currentStart = start;"
        return start;
    }

    // Normalising the value with one call on it, or following a chain through it, keeps its meaning.
    String cleaned(String text) {
        text = text.strip();
        return text;
    }

    char lower(char letter) {
        letter = Character.toLowerCase(letter);
        return letter;
    }

    int root(int[] parent, int node) {
        while (parent[node] != node) {
            node = parent[node];
        }
        return node;
    }

    int firstTrue(boolean[] flags, int start, int end) {
        while (start < end - 1) {
            int mid = start + (end - start) / 2;
            if (flags[mid]) {
                end = mid;
            } else {
                start = mid;
            }
        }
        return end;
    }

    String replaced(String text, java.util.Map<String, String> aliases) {
        text = aliases.getOrDefault(text, text).strip(); // expect: PARAMETER_REASSIGNED "String currentText = text;"
        return text;
    }

    int[] sortedCopy(int[] values) {
        values = values.clone(); // expect: PARAMETER_REASSIGNED
        java.util.Arrays.sort(values);
        return values;
    }

    int copy(int number) {
        int remaining = number;
        remaining /= 10;
        return remaining;
    }

    void setField(int field) {
        this.field = field;
    }

    record Name(String value) {
        Name {
            value = value.strip();
        }
    }

    int length(ListNode head) {
        int count = 0;
        while (head != null) {
            count++;
            head = head.next;
        }
        return count;
    }

    static class ListNode {
        ListNode next;
    }
}
