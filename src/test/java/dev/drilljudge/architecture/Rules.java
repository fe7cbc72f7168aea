package dev.drilljudge.architecture;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The layering rules, each a list of violations ("file: what is wrong"); empty when the rule holds. */
final class Rules {
    /** Higher layers may import lower ones; stages may import each other as long as no cycle forms. */
    private static final Map<String, Integer> LAYERS = Map.of(
            "cli", 4,
            "web", 4,
            "app", 3,
            "verdict", 1,
            "worker.protocol", 0,
            "", 0);
    private static final int STAGE = 2;
    private static final Set<String> WORKER_MAY_IMPORT = Set.of("worker.protocol", "policy");

    private Rules() {
    }

    static List<String> upwardImports(PackageGraph graph) {
        return graph.edges().stream()
                .filter(edge -> layer(edge.to()) > layer(edge.from())
                        || layer(edge.to()) == layer(edge.from()) && layer(edge.from()) != STAGE)
                .filter(edge -> !(isIn(edge.from(), "cli") && isIn(edge.to(), "web")))
                .map(edge -> edge.file() + ": " + describe(edge.from()) + " (layer " + layerName(edge.from())
                        + ") imports " + describe(edge.to()) + " (layer " + layerName(edge.to()) + ")")
                .toList();
    }

    static List<String> workerImportsBeyondProtocolAndPolicy(PackageGraph graph) {
        return graph.edges().stream()
                .filter(edge -> edge.from().equals("worker") && !WORKER_MAY_IMPORT.contains(edge.to()))
                .map(edge -> edge.file() + ": the worker imports " + describe(edge.to()))
                .toList();
    }

    static List<String> importsOfTheCli(PackageGraph graph) {
        return graph.edges().stream()
                .filter(edge -> isIn(edge.to(), "cli") && !isIn(edge.from(), "cli"))
                .map(edge -> edge.file() + ": " + describe(edge.from()) + " imports the CLI (" + edge.to() + ")")
                .toList();
    }

    /**
     * Renderers are leaves: a stage or use case that imported one would know an output format. The two front ends,
     * the command line and `judge serve`'s web server beside it, are the ones that render.
     */
    static List<String> importsOfRenderers(PackageGraph graph) {
        return graph.edges().stream()
                .filter(edge -> isIn(edge.to(), "report") && !isIn(edge.from(), "report") && !isIn(edge.from(), "cli")
                        && !isIn(edge.from(), "web"))
                .map(edge -> edge.file() + ": " + describe(edge.from()) + " imports a renderer (" + edge.to() + ")")
                .toList();
    }

    /**
     * The renderers are grouped by audience (report.submission, report.grade, report.progress, report.problem), and
     * the audiences stay apart: each may use the shared top of report/ (CI-safe text, JSON helpers), which uses none
     * of them, and a grade document may embed a submission's, never the reverse.
     */
    static List<String> importsAcrossReportAudiences(PackageGraph graph) {
        return graph.edges().stream()
                .filter(edge -> isIn(edge.from(), "report") && isIn(edge.to(), "report")
                        && !edge.from().equals(edge.to()) && !edge.to().equals("report")
                        && !(edge.from().equals("report.grade") && edge.to().equals("report.submission")))
                .map(edge -> edge.file() + ": " + edge.from() + " imports another audience's renderer (" + edge.to()
                        + ")")
                .toList();
    }

    /**
     * The unit the cycle rule is about: a top-level package with its sub-packages (a rule and its registry belong
     * together), except the worker's protocol, which the judge shares without sharing the worker.
     */
    static String component(String packageName) {
        if (isIn(packageName, "worker.protocol")) {
            return "worker.protocol";
        }
        int dot = packageName.indexOf('.');
        return dot < 0 ? packageName : packageName.substring(0, dot);
    }

    private static int layer(String packageName) {
        return LAYERS.getOrDefault(component(packageName), STAGE);
    }

    private static String layerName(String packageName) {
        int layer = layer(packageName);
        return layer == STAGE ? "stage" : layer == 0 ? "floor" : component(packageName);
    }

    private static String describe(String packageName) {
        return packageName.isEmpty() ? "the root package" : packageName;
    }

    private static boolean isIn(String packageName, String parent) {
        return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }
}
