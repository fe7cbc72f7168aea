package dev.drilljudge.complexity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target complexity such as {@code O(n)}, {@code O(n log n)}, {@code O(n*m)} or {@code O(V + E)}, reduced to what a
 * measurement can compare with: the polynomial degree in the size and whether a log factor rides on it. Every
 * variable is taken to grow with the generator's size n (a problem's generator scales them all together), so
 * {@code O(n*m)} has degree 2 and {@code O(n + m)} degree 1, except the variables the problem declares {@code fixed}
 * (the generator holds them constant): with {@code k} fixed, {@code O(n*k)} has degree 1.
 *
 * @param label  as written in problem.yaml
 * @param degree the largest term's polynomial degree
 * @param log    the largest term has a log factor
 */
public record BigO(String label, double degree, boolean log) {
    private static final Pattern LOG = Pattern.compile("log\\s*\\(?\\s*([a-z])\\s*\\)?");
    private static final Pattern POWER = Pattern.compile("([a-z])(?:\\^(\\d+(?:\\.\\d+)?))?");

    public static BigO parse(String label) {
        return parse(label, java.util.Set.of());
    }

    public static BigO parse(String label, java.util.Set<String> fixed) {
        String text = label.trim();
        if (!text.startsWith("O(") || !text.endsWith(")")) {
            throw new IllegalArgumentException("not big-O notation: " + label);
        }
        String inner = text.substring(2, text.length() - 1).toLowerCase(Locale.ROOT);
        double bestDegree = -1;
        boolean bestLog = false;
        for (String term : inner.split("\\+")) {
            double degree = 0;
            boolean log = false;
            Matcher logs = LOG.matcher(term);
            StringBuilder rest = new StringBuilder();
            while (logs.find()) {
                log |= !fixed.contains(logs.group(1));
                logs.appendReplacement(rest, " ");
            }
            logs.appendTail(rest);
            for (String factor : rest.toString().split("[*·\\s]+")) {
                if (factor.isEmpty() || factor.matches("\\d+")) {
                    continue;
                }
                Matcher power = POWER.matcher(factor);
                if (!power.matches()) {
                    throw new IllegalArgumentException("cannot read the term '" + term.trim() + "' of " + label);
                }
                if (!fixed.contains(power.group(1))) {
                    degree += power.group(2) == null ? 1 : Double.parseDouble(power.group(2));
                }
            }
            if (degree > bestDegree || (degree == bestDegree && log)) {
                bestDegree = degree;
                bestLog = log;
            }
        }
        return new BigO(label.trim(), bestDegree, bestLog);
    }
}
