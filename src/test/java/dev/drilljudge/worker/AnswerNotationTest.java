package dev.drilljudge.worker;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A growth call's answer in `judge repro`'s notation, as the judge reads it back with ResultComparison. */
class AnswerNotationTest {
    /** Named as a problem's support class is, with the same fields. */
    static final class TreeNode {
        int val;
        TreeNode left;
        TreeNode right;

        TreeNode(int val, TreeNode left, TreeNode right) {
            this.val = val;
            this.left = left;
            this.right = right;
        }
    }

    static final class ListNode {
        int val;
        ListNode next;

        ListNode(int val, ListNode next) {
            this.val = val;
            this.next = next;
        }
    }

    private static String text(Object value) throws ReflectiveOperationException {
        AnswerNotation.Text text = AnswerNotation.of(value, 1_000);
        assertThat(text.cut()).isFalse();
        return text.text();
    }

    @Test
    void valuesAreWrittenAsJson() throws ReflectiveOperationException {
        assertThat(text(new int[] {1998, 1999})).isEqualTo("[1998,1999]");
        assertThat(text(new int[][] {{1, 3}, {2, 6}})).isEqualTo("[[1,3],[2,6]]");
        assertThat(text(List.of(List.of("eat", "tea"), List.of()))).isEqualTo("[[\"eat\",\"tea\"],[]]");
        assertThat(text(new char[] {'a', '"'})).isEqualTo("[\"a\",\"\\\"\"]");
        assertThat(text(7)).isEqualTo("7");
        assertThat(text(2.5)).isEqualTo("2.5");
        assertThat(text(true)).isEqualTo("true");
        assertThat(text(null)).isEqualTo("null");
        assertThat(text(Optional.of("x"))).isEqualTo("\"x\"");
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("a", 1);
        counts.put("b", 2);
        assertThat(text(counts)).isEqualTo("{\"a\":1,\"b\":2}");
    }

    @Test
    void textPastAsciiIsEscapedSoItsLengthIsItsSizeOnTheWire() throws ReflectiveOperationException {
        assertThat(text("né\n")).isEqualTo("\"n\\u00e9\\u000a\"");
    }

    @Test
    void treesAreInLevelOrderAndListsAreArrays() throws ReflectiveOperationException {
        TreeNode tree = new TreeNode(3, new TreeNode(9, null, null),
                new TreeNode(20, new TreeNode(15, null, null), null));

        assertThat(text(tree)).isEqualTo("[3,9,20,null,null,15]");
        assertThat(text(new ListNode(1, new ListNode(2, null)))).isEqualTo("[1,2]");
    }

    @Test
    void aValueLongerThanTheLimitIsCutThere() throws ReflectiveOperationException {
        AnswerNotation.Text text = AnswerNotation.of(new int[500], 100);

        assertThat(text.cut()).isTrue();
        assertThat(text.text()).isEqualTo("[" + "0,".repeat(49) + "0");
    }

    @Test
    void aListWithACycleCannotBeWritten() throws ReflectiveOperationException {
        ListNode loop = new ListNode(1, null);
        loop.next = loop;

        assertThatThrownBy(() -> AnswerNotation.of(loop, 100)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the returned list has a cycle");
    }
}
