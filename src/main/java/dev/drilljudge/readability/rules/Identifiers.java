package dev.drilljudge.readability.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splitting and rebuilding identifiers for the naming rules. */
final class Identifiers {
    private Identifiers() {
    }

    /** The words of an identifier: `maxCnt` gives [max, Cnt], `MAX_COUNT` gives [MAX, COUNT], `parseHTTPUrl` gives [parse, HTTP, Url]. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int index = 0; index < name.length(); index++) {
            char current = name.charAt(index);
            if (current == '_' || current == '$') {
                flush(words, word);
                continue;
            }
            if (Character.isUpperCase(current) && word.length() > 0) {
                char previous = name.charAt(index - 1);
                boolean nextIsLower = index + 1 < name.length() && Character.isLowerCase(name.charAt(index + 1));
                if (!Character.isUpperCase(previous) || nextIsLower) {
                    flush(words, word);
                }
            }
            word.append(current);
        }
        flush(words, word);
        return words;
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    static String camelCase(List<String> words) {
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            name.append(name.length() == 0 ? lower : capitalize(lower));
        }
        return name.toString();
    }

    static String pascalCase(List<String> words) {
        return capitalize(camelCase(words));
    }

    static String upperSnakeCase(List<String> words) {
        return String.join("_", words).toUpperCase(Locale.ROOT);
    }

    static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static String decapitalize(String word) {
        return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }

    /** The longest run of capital letters. */
    static int longestCapitalRun(String name) {
        int longest = 0;
        int run = 0;
        for (int index = 0; index < name.length(); index++) {
            run = Character.isUpperCase(name.charAt(index)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
