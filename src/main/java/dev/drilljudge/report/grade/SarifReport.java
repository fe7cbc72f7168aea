package dev.drilljudge.report.grade;

import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Severity;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.Verdict;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The grade as SARIF 2.1.0, for code scanning: every readability finding and every compile error becomes a
 * result at its line in the practice repo. Rule metadata (id, short description, help) comes from the
 * readability rule registry, passed in as {@link RuleDescription}s.
 */
public final class SarifReport implements GradeReportFormat {
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/drilljudge/drill-judge";

    /** The pseudo-rules for verdicts that carry compiler diagnostics. */
    private static final Map<Verdict, RuleDescription> VERDICT_RULES = Map.of(
            Verdict.COMPILE_ERROR, new RuleDescription("COMPILE_ERROR",
                    "The submission does not compile.",
                    "The code does not compile against the problem's expected signature. In a Meta round the code is "
                            + "written in a plain document with no compiler, so syntax must be right the first time."),
            Verdict.SECURITY_VIOLATION, new RuleDescription("SECURITY_VIOLATION",
                    "The submission tries to replace a class of the judge, the tests or a library.",
                    "A submission may declare only its own classes: not a class of the problem's hidden tests or "
                            + "support code, and nothing in org.junit, org.assertj, dev.drilljudge, java or javax. "
                            + "Rename the class or move it to a package of your own."),
            Verdict.NOT_SUBMITTED, new RuleDescription("NOT_SUBMITTED",
                    "A problem of the assignment has no submission folder.",
                    "The assignment (--expect) names this problem, but the repo has no submissions/<id>/ folder for "
                            + "it. Commit the solution in that folder."));

    /** The base every result's URI is relative to: the repo root (or the cohort folder). */
    static final String ROOT_BASE_ID = "%SRCROOT%";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Map<String, RuleDescription> rules;
    private final String toolVersion;

    /**
     * @param rules       the readability rule registry's descriptions, by rule id
     * @param toolVersion the judge's version, shown by code scanning
     */
    public SarifReport(Map<String, RuleDescription> rules, String toolVersion) {
        this.rules = Map.copyOf(rules);
        this.toolVersion = toolVersion;
    }

    @Override
    public String optionName() {
        return "--sarif";
    }

    @Override
    public String render(GradeSheet sheet) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(sheet));
    }

    public ObjectNode toJson(GradeSheet sheet) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Drill Judge");
        driver.put("version", toolVersion);
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode ruleNodes = driver.putArray("rules");
        ObjectNode root = run.putObject("originalUriBaseIds").putObject(ROOT_BASE_ID);
        if (sheet.rootUri() != null) {
            root.put("uri", sheet.rootUri());
        }
        root.putObject("description").put("text", sheet.cohort()
                ? "The cohort folder: one practice repo per student." : "The practice repo's root.");
        ArrayNode results = run.putArray("results");

        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (GradedSubmission graded : sheet.submissions()) {
            Judgement judgement = graded.report().judgement();
            RuleDescription verdictRule = VERDICT_RULES.get(judgement.verdict());
            if (verdictRule != null) {
                int index = indexOf(verdictRule, ruleIndex, ruleNodes, "error", null);
                for (Diagnostic diagnostic : judgement.diagnostics()) {
                    addResult(results, verdictRule.id(), index, "error", diagnostic.message(), graded,
                            diagnostic.file(), diagnostic.line(), diagnostic.column());
                }
                if (judgement.diagnostics().isEmpty()) {
                    // No line to point at (an unsubmitted problem, a shadowed class): the row's folder.
                    addResult(results, verdictRule.id(), index, "error", FailureReason.of(graded), graded, "", 0, 0);
                }
            }
            if (graded.report().readability() != null) {
                for (Finding finding : graded.report().readability().findings()) {
                    RuleDescription rule = describe(finding);
                    int index = indexOf(rule, ruleIndex, ruleNodes, level(finding.severity()),
                            finding.category().jsonKey());
                    String message = finding.suggestion() == null || finding.suggestion().isBlank()
                            ? finding.message()
                            : finding.message() + " Fix: " + finding.suggestion();
                    addResult(results, finding.ruleId(), index, level(finding.severity()), message, graded,
                            finding.file(), finding.line(), finding.column());
                }
            }
        }
        return log;
    }

    private RuleDescription describe(Finding finding) {
        RuleDescription known = rules.get(finding.ruleId());
        if (known != null) {
            return known;
        }
        // A rule the registry did not describe still gets valid metadata, built from the finding itself.
        return new RuleDescription(finding.ruleId(),
                "Readability (" + finding.category().jsonKey() + "): " + finding.ruleId(),
                finding.suggestion() == null || finding.suggestion().isBlank() ? finding.message() : finding.suggestion());
    }

    private static int indexOf(RuleDescription rule, Map<String, Integer> ruleIndex, ArrayNode ruleNodes,
                               String level, String category) {
        Integer known = ruleIndex.get(rule.id());
        if (known != null) {
            return known;
        }
        ObjectNode node = ruleNodes.addObject();
        node.put("id", rule.id());
        node.putObject("shortDescription").put("text", rule.shortDescription());
        node.putObject("help").put("text", rule.help());
        node.putObject("defaultConfiguration").put("level", level);
        ObjectNode properties = node.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        tags.add(category == null ? "correctness" : "readability");
        if (category != null) {
            tags.add(category);
        }
        int index = ruleNodes.size() - 1;
        ruleIndex.put(rule.id(), index);
        return index;
    }

    private static void addResult(ArrayNode results, String ruleId, int ruleIndex, String level, String message,
                                  GradedSubmission graded, String file, long line, long column) {
        ObjectNode result = results.addObject();
        result.put("ruleId", ruleId);
        result.put("ruleIndex", ruleIndex);
        result.put("level", level);
        result.putObject("message").put("text", message == null || message.isBlank() ? ruleId : message);
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        // Code scanning needs a location on every result: a message about no file of the candidate's
        // points at the submission folder.
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(graded.repoPath(file)));
        artifact.put("uriBaseId", ROOT_BASE_ID);
        if (file != null && !file.isEmpty() && line > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("problem", graded.problemId());
        if (!graded.student().isEmpty()) {
            properties.put("student", graded.student());
        }
    }

    /** A relative URI reference for a repo path: spaces and other characters outside URIs are percent-encoded. */
    static String uri(String repoPath) {
        try {
            return new URI(null, null, repoPath, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot express " + repoPath + " as a URI", e);
        }
    }

    /** Critical findings block like errors; major ones warn; the rest are notes. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "error";
            case MAJOR -> "warning";
            case MINOR, INFO -> "note";
        };
    }
}
