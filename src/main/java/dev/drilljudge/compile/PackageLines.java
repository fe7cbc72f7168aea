package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Handles the stray {@code package} line of a single-file LeetCode-style answer pasted from an IDE: when the
 * tests expect the default package, the line is blanked out (keeping every line and column where it was)
 * and the candidate is told in one line.
 */
final class PackageLines {
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

    record Adjusted(List<SourceFile> sources, List<String> notes) {
    }

    private PackageLines() {
    }

    static Adjusted adjust(List<SourceFile> candidate, List<SourceFile> tests) {
        if (candidate.size() != 1) {
            return new Adjusted(candidate, List.of());
        }
        SourceFile answer = candidate.get(0);
        Matcher matcher = PACKAGE_LINE.matcher(answer.content());
        if (!matcher.find()) {
            return new Adjusted(candidate, List.of());
        }
        String packageName = matcher.group(1);
        if (testsUsePackage(tests, packageName)) {
            return new Adjusted(candidate, List.of());
        }
        String blanked = answer.content().substring(0, matcher.start())
                + " ".repeat(matcher.end() - matcher.start())
                + answer.content().substring(matcher.end());
        String note = "ignored `package " + packageName + ";` in " + answer.displayPath()
                + ": the tests expect the default package, as on LeetCode";
        return new Adjusted(List.of(new SourceFile(answer.displayPath(), blanked)), List.of(note));
    }

    private static boolean testsUsePackage(List<SourceFile> tests, String packageName) {
        for (SourceFile test : tests) {
            Optional<String> testPackage = declaredPackage(test);
            if (testPackage.isPresent() && testPackage.get().equals(packageName)) {
                return true;
            }
            if (test.content().contains("import " + packageName + ".")
                    || test.content().contains("import static " + packageName + ".")) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> declaredPackage(SourceFile source) {
        Matcher matcher = PACKAGE_LINE.matcher(source.content());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
