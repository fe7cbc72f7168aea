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

    // Path compression through a local holding the next link: the chain idiom, spelled in two steps.
    String compress(java.util.Map<String, String> parent, String email, String root) {
        while (!parent.get(email).equals(email)) {
            String nextEmail = parent.get(email);
            parent.put(email, root);
            email = nextEmail;
        }
        return root;
    }

    // A missing value given its default keeps its meaning; replacing a present one does not.
    java.util.List<String> withDefault(java.util.List<String> names) {
        if (names == null) {
            names = new java.util.ArrayList<>();
        }
        return names;
    }

    java.util.List<String> replaced(java.util.List<String> names) {
        if (names.isEmpty()) {
            names = java.util.List.of("anonymous"); // expect: PARAMETER_REASSIGNED "`java.util.List<String>"
        }
        String other = names.get(0);
        names = java.util.List.of(other); // expect: PARAMETER_REASSIGNED
        return names;
    }

    static class ListNode {
        ListNode next;
    }
}
