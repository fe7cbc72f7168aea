package dev.drilljudge.bench;

import dev.drilljudge.readability.CodeLines;
import dev.drilljudge.readability.FileAnalysis;
import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.ReadabilityAnalyzer;
import dev.drilljudge.readability.ReadabilityConfig;
import dev.drilljudge.readability.Rule;
import dev.drilljudge.readability.RuleRegistry;
import dev.drilljudge.source.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * How well the readability score agrees with human ratings: the 200 Java methods of Scalabrino et al. ("A
 * comprehensive model for code readability", JSEP 2018), each rated 1-5 by nine people. Reads a folder holding
 * {@code scores.csv} (a header {@code Rater,Snippet1,...,Snippet200}, then one row per evaluator) and
 * {@code snippets/N.jsnp}; prints Spearman's correlation of the score with the mean rating and the partial correlation
 * with method length (code lines) held fixed, for all snippets, the odd-numbered (development) half and the
 * even-numbered (held-out) half, then the same two per rule on the development half. Run it with
 * bench/human-ratings.sh.
 *
 * <p>The snippets are methods with their Javadoc, some constructors, some fragments: each is analysed inside a
 * class, or, when that does not parse, inside a method inside a class, as `judge lint` would see it in a file.
 */
public final class HumanRatings {
    private static final String CLASS_OPEN = "class Snippet {\n";
    private static final String METHOD_OPEN = "class Snippet {\nvoid snippet() {\n";

    record Rated(int id, String text, double meanRating, int codeLines) {
    }

    record Scored(Rated snippet, int score, List<Finding> findings) {
    }

    private HumanRatings() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: HumanRatings FOLDER (with scores.csv and snippets/N.jsnp)");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Path scoresFile = folder.resolve("scores.csv");
        if (!Files.isRegularFile(scoresFile) || !Files.isDirectory(folder.resolve("snippets"))) {
            System.err.println("human-ratings: " + folder + " has no scores.csv and snippets/; run "
                    + "bench/human-ratings-fetch.sh first, or name the folder that holds them");
            System.exit(2);
        }
        Map<Integer, Double> ratings = meanRatings(scoresFile);
        List<Rated> snippets = new ArrayList<>();
        int missing = 0;
        for (Map.Entry<Integer, Double> rating : ratings.entrySet()) {
            Path file = folder.resolve("snippets").resolve(rating.getKey() + ".jsnp");
            if (!Files.isRegularFile(file)) {
                missing++;
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            snippets.add(new Rated(rating.getKey(), text, rating.getValue(), new CodeLines(text).total()));
        }

        ReadabilityAnalyzer analyzer = new ReadabilityAnalyzer(ReadabilityConfig.defaults());
        List<Scored> scored = new ArrayList<>();
        List<Integer> unparsed = new ArrayList<>();
        int wrappedInMethod = 0;
        for (Rated snippet : snippets) {
            Optional<Scored> inClass = score(analyzer, snippet, CLASS_OPEN, "\n}\n");
            Optional<Scored> result = inClass.isPresent() ? inClass
                    : score(analyzer, snippet, METHOD_OPEN, "\n}\n}\n");
            if (inClass.isEmpty() && result.isPresent()) {
                wrappedInMethod++;
            }
            result.ifPresentOrElse(scored::add, () -> unparsed.add(snippet.id()));
        }

        System.out.printf("snippets rated: %d, present: %d, missing: %d, scored: %d (%d inside a method), "
                        + "did not parse: %d %s%n", ratings.size(), snippets.size(), missing, scored.size(),
                wrappedInMethod, unparsed.size(), unparsed.isEmpty() ? "" : unparsed);
        List<Scored> development = scored.stream().filter(HumanRatings::isDevelopment).toList();
        List<Scored> heldOut = scored.stream().filter(entry -> !isDevelopment(entry)).toList();
        correlations("all", scored);
        correlations("odd (development)", development);
        correlations("even (held out)", heldOut);
        perRule(development);
        writeTable(folder.resolve("judge-scores.tsv"), scored);
        writeDevelopmentFindings(folder.resolve("development-findings.txt"), development);
    }

    /**
     * The split that keeps this a check: rules may be tuned only by looking at the odd-numbered snippets (their
     * findings are written to development-findings.txt); the even-numbered half is never inspected, and its
     * partial Spearman is the figure that says whether a change generalises.
     */
    static boolean isDevelopment(Scored entry) {
        return entry.snippet().id() % 2 == 1;
    }

    private static void correlations(String label, List<Scored> subset) {
        double[] rating = subset.stream().mapToDouble(entry -> entry.snippet().meanRating()).toArray();
        double[] length = subset.stream().mapToDouble(entry -> entry.snippet().codeLines()).toArray();
        double[] score = subset.stream().mapToDouble(Scored::score).toArray();
        System.out.printf("%-18s n = %3d: score vs mean rating Spearman %+.3f, partial Spearman with code lines "
                        + "held fixed %+.3f (issue 12 asks >= +0.25); code lines vs rating %+.3f, score vs code "
                        + "lines %+.3f%n", label, score.length, RankCorrelation.spearman(score, rating),
                RankCorrelation.partialSpearman(score, rating, length), RankCorrelation.spearman(length, rating),
                RankCorrelation.spearman(score, length));
    }

    /** Every finding on the development half, to judge which ones a reader would call wrong. */
    private static void writeDevelopmentFindings(Path file, List<Scored> development) throws IOException {
        List<String> rows = new ArrayList<>();
        for (Scored entry : development) {
            rows.add(String.format("#%d rating %.2f, %d code lines, score %d", entry.snippet().id(),
                    entry.snippet().meanRating(), entry.snippet().codeLines(), entry.score()));
            for (Finding finding : entry.findings()) {
                rows.add("    " + finding.line() + ":" + finding.column() + " " + finding.ruleId() + " ["
                        + finding.severity() + "] " + finding.message());
            }
        }
        Files.write(file, rows, StandardCharsets.UTF_8);
        System.out.println("development-half findings: " + file);
    }

    /** One row per snippet, for checking the figures with another tool; written next to the data, never committed. */
    private static void writeTable(Path file, List<Scored> scored) throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add("snippet\tmean_rating\tcode_lines\tscore\tfindings");
        for (Scored entry : scored) {
            rows.add(entry.snippet().id() + "\t" + entry.snippet().meanRating() + "\t" + entry.snippet().codeLines()
                    + "\t" + entry.score() + "\t" + String.join(",", entry.findings().stream().map(Finding::ruleId)
                    .toList()));
        }
        Files.write(file, rows, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("per-snippet table: " + file);
    }

    /**
     * Per rule: how many snippets it flags, Spearman and partial Spearman of its finding count with the rating
     * (negative: it flags what people rate low, as it should), and the score's partial Spearman with that rule
     * switched off (above the overall figure: the rule pulls the score away from the ratings).
     */
    private static void perRule(List<Scored> scored) {
        double[] rating = scored.stream().mapToDouble(entry -> entry.snippet().meanRating()).toArray();
        double[] length = scored.stream().mapToDouble(entry -> entry.snippet().codeLines()).toArray();
        System.out.println();
        System.out.println("per rule, on the development (odd) half only:");
        System.out.println("rule                         flagged  findings  rho(findings,rating)  partial  "
                + "score partial without the rule");
        List<String> lines = new ArrayList<>();
        for (Rule rule : RuleRegistry.all()) {
            double[] counts = scored.stream()
                    .mapToDouble(entry -> entry.findings().stream()
                            .filter(finding -> finding.ruleId().equals(rule.id())).count())
                    .toArray();
            long flagged = Arrays.stream(counts).filter(count -> count > 0).count();
            if (flagged == 0) {
                continue;
            }
            ReadabilityAnalyzer without = new ReadabilityAnalyzer(
                    ReadabilityConfig.defaults().withDisabled(Set.of(rule.id())));
            double[] scoreWithout = scored.stream()
                    .mapToDouble(entry -> score(without, entry.snippet(), CLASS_OPEN, "\n}\n")
                            .or(() -> score(without, entry.snippet(), METHOD_OPEN, "\n}\n}\n"))
                            .orElseThrow().score())
                    .toArray();
            lines.add(String.format("%-28s %7d  %8d  %+20.3f  %+7.3f  %+.3f", rule.id(), flagged,
                    (long) Arrays.stream(counts).sum(), RankCorrelation.spearman(counts, rating),
                    RankCorrelation.partialSpearman(counts, rating, length),
                    RankCorrelation.partialSpearman(scoreWithout, rating, length)));
        }
        lines.sort(Comparator.comparing((String line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .reversed());
        lines.forEach(System.out::println);
    }

    private static Optional<Scored> score(ReadabilityAnalyzer analyzer, Rated snippet, String open, String close) {
        SourceFile file = new SourceFile("Snippet" + snippet.id() + ".java", open + snippet.text() + close);
        FileAnalysis analysis = analyzer.inspect(file);
        if (analysis.notScored().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Scored(snippet, analyzer.score(analysis, OptionalDouble.empty()).score(),
                analysis.findings()));
    }

    /** Snippet number to the mean of its evaluators' ratings (the file's own "Mean" row is rounded; not used). */
    static Map<Integer, Double> meanRatings(Path scoresFile) throws IOException {
        List<String> rows = Files.readAllLines(scoresFile, StandardCharsets.UTF_8);
        String[] header = rows.get(0).split(",");
        double[] sums = new double[header.length];
        int[] counts = new int[header.length];
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            if (!cells[0].startsWith("Evaluator")) {
                continue;
            }
            for (int column = 1; column < cells.length; column++) {
                if (!cells[column].isBlank()) {
                    sums[column] += Double.parseDouble(cells[column].strip());
                    counts[column]++;
                }
            }
        }
        Map<Integer, Double> means = new TreeMap<>();
        for (int column = 1; column < header.length; column++) {
            if (counts[column] > 0) {
                means.put(Integer.parseInt(header[column].strip().replace("Snippet", "")),
                        sums[column] / counts[column]);
            }
        }
        return means;
    }
}
