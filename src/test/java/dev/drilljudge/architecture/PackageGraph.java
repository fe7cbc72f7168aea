package dev.drilljudge.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who imports whom among the project's packages, read from the sources: every {@code dev.drilljudge.x.Y} a file
 * names outside comments and string literals, whether in an import or written out in full. Packages are named
 * relative to {@code dev.drilljudge} ("sandbox", "worker.protocol"; "" for the root package).
 */
final class PackageGraph {
    private static final String ROOT = "dev.drilljudge";
    private static final Pattern PACKAGE_LINE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.drilljudge((?:\\.[a-z_][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");
    private static final Pattern COMMENT_OR_STRING = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);

    /** One reference: a class in {@code from} names something in package {@code to}. */
    record Edge(String from, String to, String file) {
    }

    private final Set<String> packages;
    private final List<Edge> edges;

    private PackageGraph(Set<String> packages, List<Edge> edges) {
        this.packages = new TreeSet<>(packages);
        this.edges = List.copyOf(edges);
    }

    static PackageGraph ofSourceTree(Path sourceRoot) {
        List<PackageGraph> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(sourceRoot)) {
            for (Path file : paths.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                files.add(ofSource(sourceRoot.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return merge(files);
    }

    static PackageGraph ofSource(String fileName, String source) {
        Matcher packageLine = PACKAGE_LINE.matcher(source);
        if (!packageLine.find() || !(packageLine.group(1) + ".").startsWith(ROOT + ".")
                && !packageLine.group(1).equals(ROOT)) {
            return new PackageGraph(Set.of(), List.of());
        }
        String from = relative(packageLine.group(1));
        String code = COMMENT_OR_STRING.matcher(source.substring(packageLine.end())).replaceAll(" ");
        Set<String> targets = new TreeSet<>();
        Matcher reference = REFERENCE.matcher(code);
        while (reference.find()) {
            String to = reference.group(1).isEmpty() ? "" : reference.group(1).substring(1);
            if (!to.equals(from)) {
                targets.add(to);
            }
        }
        return new PackageGraph(Set.of(from), targets.stream().map(to -> new Edge(from, to, fileName)).toList());
    }

    static PackageGraph merge(List<PackageGraph> graphs) {
        return new PackageGraph(graphs.stream().flatMap(graph -> graph.packages.stream()).collect(Collectors.toSet()),
                graphs.stream().flatMap(graph -> graph.edges.stream()).toList());
    }

    List<Edge> edges() {
        return edges;
    }

    /** Every package with a source file → the packages it imports, each once. */
    Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        packages.forEach(name -> dependencies.put(name, new TreeSet<>()));
        for (Edge edge : edges) {
            dependencies.computeIfAbsent(edge.from(), key -> new TreeSet<>()).add(edge.to());
        }
        return dependencies;
    }

    /**
     * The groups of components that import each other in a circle (Tarjan's strongly connected components of
     * size two or more), where {@code component} maps a package to the unit the rule is about.
     */
    List<Set<String>> cycles(Function<String, String> component) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Edge edge : edges) {
            String from = component.apply(edge.from());
            String to = component.apply(edge.to());
            graph.computeIfAbsent(from, key -> new TreeSet<>());
            graph.computeIfAbsent(to, key -> new TreeSet<>());
            if (!from.equals(to)) {
                graph.get(from).add(to);
            }
        }
        return new Tarjan(graph).components().stream().filter(group -> group.size() > 1).toList();
    }

    private static String relative(String packageName) {
        return packageName.equals(ROOT) ? "" : packageName.substring(ROOT.length() + 1);
    }

    private static final class Tarjan {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new TreeMap<>();
        private final Map<String, Integer> lowLink = new TreeMap<>();
        private final List<String> stack = new ArrayList<>();
        private final List<Set<String>> components = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<Set<String>> components() {
            for (String node : graph.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            lowLink.put(node, index.get(node));
            stack.add(node);
            for (String next : graph.get(node)) {
                if (!index.containsKey(next)) {
                    visit(next);
                    lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
                } else if (stack.contains(next)) {
                    lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
                }
            }
            if (lowLink.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.remove(stack.size() - 1);
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }
}
