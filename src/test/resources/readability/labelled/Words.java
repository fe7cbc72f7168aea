import java.util.Iterator;
import java.util.List;

class Words {
    public String firstWord(List<String> words) {
        return words.get(0); // expect: UNGUARDED_INPUT
    }

    public String longest(Iterator<String> words) {
        String longest = words.next(); // expect: UNGUARDED_INPUT
        while (words.hasNext()) {
            String candidate = words.next();
            if (candidate.length() > longest.length()) {
                longest = candidate;
            }
        }
        return longest;
    }

    public String initials(List<String> names) {
        StringBuilder initials = new StringBuilder();
        for (String name : names) {
            if (!name.isEmpty()) {
                initials.append(name.charAt(0));
            }
        }
        return initials.toString();
    }
}
