package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Handles the stray {@code package} line of a single-file LeetCode-style answer pasted from an IDE: when the
 * tests expect the default package, the line is blanked out (keeping every line and column where it was)
 * and the candidate is told in one line.
 */
final class PackageLines {
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern ON_DEMAND_IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+)\\.\\*\\s*;");

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

    /** Top-level type names the sources declare, by file name and package line (used when they fail to compile). */
    static Set<String> declaredTopLevelNames(List<SourceFile> sources) {
        Set<String> names = new HashSet<>();
        for (SourceFile source : sources) {
            String simpleName = source.fileName().replaceFirst("\\.java$", "");
            String packagePrefix = declaredPackage(source).map(name -> name + ".").orElse("");
            names.add(packagePrefix + simpleName);
        }
        return names;
    }

    /** The packages the sources declare, "" for the default package. */
    static Set<String> declaredPackages(Collection<SourceFile> sources) {
        Set<String> packages = new LinkedHashSet<>();
        sources.forEach(source -> packages.add(declaredPackage(source).orElse("")));
        return packages;
    }

    /** The packages the sources import on demand ({@code import a.b.*;}). */
    static Set<String> onDemandImports(Collection<SourceFile> sources) {
        Set<String> packages = new LinkedHashSet<>();
        for (SourceFile source : sources) {
            Matcher imports = ON_DEMAND_IMPORT.matcher(source.content());
            while (imports.find()) {
                packages.add(imports.group(1));
            }
        }
        return packages;
    }
}
