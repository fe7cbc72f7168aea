class Solution {
    public ListNode reverseList(ListNode head) {
        ListNode previous = null;
        while (head != null) {
            ListNode next = head.next; // expect: UNUSED_LOCAL
            head.next = previous;
            previous = head;
            head = head.next;
        }
        return previous;
    }
}

class ListNode {
    int val;
    ListNode next;
    ListNode(int x) { val = x; }
}
