package dev.drilljudge.readability;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.rules.UnreachableCode;
import dev.drilljudge.source.SourceFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Scores sources against the Amazon readability bar. Each file is parsed once and its tree walked once;
 * every node is handed to the rules registered for its class.
 */
public final class ReadabilityAnalyzer {

    private static final Comparator<Finding> BY_POSITION = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId);

    private final ReadabilityConfig config;
    /** The enabled rules per node class; a ClassValue, since a hash lookup per node showed in the profile. */
    private final ClassValue<Rule[]> rulesByNodeType;
    private final ProblemFacts facts;
    /** A JavaParser is not thread-safe but is reusable, and building one per call costs as much as a parse. */
    private final ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(JavaParsers::newParser);

    public ReadabilityAnalyzer(ReadabilityConfig config) {
        this(config, dispatchTable(config), ProblemFacts.NONE);
    }

    private ReadabilityAnalyzer(ReadabilityConfig config, ClassValue<Rule[]> rulesByNodeType,
                                ProblemFacts facts) {
        this.config = config;
        this.rulesByNodeType = rulesByNodeType;
        this.facts = facts;
    }

    /**
     * The same analyzer, but names the problem's starter imposed (LeetCode's {@code numIslands}, {@code nums})
     * are never naming findings: the candidate did not choose them.
     */
    public ReadabilityAnalyzer withGivenNames(Set<String> names) {
        return withFacts(ProblemFacts.givenNames(names));
    }

    /**
     * The same analyzer for one problem: its given names are exempt from naming rules, its `inputs:` decide
     * which guards are needed, and printing is debug output unless the problem prints.
     */
    public ReadabilityAnalyzer forProblem(ProblemPackage problem) {
        return withFacts(ProblemFacts.of(problem));
    }

    public ReadabilityAnalyzer withFacts(ProblemFacts problemFacts) {
        return new ReadabilityAnalyzer(config, rulesByNodeType, problemFacts);
    }

    public Readability analyze(List<SourceFile> sources) {
        return analyze(sources, OptionalDouble.empty());
    }

    /** edgeTestPassRate: share (0..1) of `edge`-tagged hidden tests passed, folded into edgeCases when present. */
    public Readability analyze(List<SourceFile> sources, OptionalDouble edgeTestPassRate) {
        return score(inspect(sources), edgeTestPassRate);
    }

    /**
     * The rules' work on every file, without the score: it needs no test results, so `judge submit` runs it while
     * the worker runs the tests, and scores once the edge tests are known.
     */
    public FileAnalysis inspect(List<SourceFile> sources) {
        JavaParser parser = parsers.get();
        List<Finding> findings = new ArrayList<>();
        List<Finding> signals = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        int codeLines = 0;
        for (SourceFile source : sources) {
            FileAnalysis analysis = inspect(parser, source);
            findings.addAll(analysis.findings());
            signals.addAll(analysis.signals());
            warnings.addAll(analysis.warnings());
            analysis.notScored().ifPresent(unreadable::add);
            codeLines += analysis.codeLines();
        }
        findings.sort(BY_POSITION);
        Optional<String> notScored = unreadable.isEmpty() ? Optional.empty()
                : Optional.of(unreadable.get(0) + (unreadable.size() > 1
                ? " (and " + (unreadable.size() - 1) + " more file(s) that do not parse)" : ""));
        return new FileAnalysis(findings, signals, codeLines, warnings, notScored);
    }

    public Readability score(FileAnalysis analysis, OptionalDouble edgeTestPassRate) {
        if (analysis.notScored().isPresent()) {
            return Readability.notScored(analysis.notScored().get(), analysis.warnings());
        }
        ReadabilityScore score = ReadabilityScore.compute(analysis.findings(), analysis.signals().size(),
                analysis.codeLines(), config, edgeTestPassRate);
        return new Readability(score.overall(), score.categories(), analysis.findings(),
                TopFixes.pick(analysis.findings(), config), analysis.warnings(), Optional.empty());
    }

    /** Findings and signals of one file; what the fixture tests assert on. */
    public FileAnalysis inspect(SourceFile source) {
        return inspect(parsers.get(), source);
    }

    /**
     * A file nested deeper than this thread's stack (a "parser bomb") is analysed again on a large stack; one deeper
     * than that is reported as unreadable, like a syntax error, and never fails the judgement. A tree that parses but
     * is deeper than {@link TreeDepth#MAX_DEPTH} levels is refused the same way before any rule walks it.
     */
    private FileAnalysis inspect(JavaParser parser, SourceFile source) {
        try {
            return inspectOnThisStack(parser, source);
        } catch (StackOverflowError tooDeep) {
            return LargeStackRetry.run(() -> inspectOnThisStack(JavaParsers.newParser(), source))
                    .orElseGet(() -> new FileAnalysis(List.of(), List.of(), 0, List.of(),
                            Optional.of(tooDeepToRead(source))));
        }
    }

    private FileAnalysis inspectOnThisStack(JavaParser parser, SourceFile source) {
        ParseResult<CompilationUnit> parsed = parser.parse(source.content());
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            return new FileAnalysis(List.of(), List.of(), 0, List.of(),
                    Optional.of(parseError(source, parsed.getProblems())));
        }
        Optional<Node> tooDeep = TreeDepth.firstTooDeep(parsed.getResult().get());
        if (tooDeep.isPresent()) {
            return new FileAnalysis(List.of(), List.of(), 0, List.of(), Optional.of(tooDeep(source, tooDeep.get())));
        }
        CodeLines lines = new CodeLines(source.content());
        RuleContext context = new RuleContext(source, parsed.getResult().get(),
                parsed.getCommentsCollection().orElse(null), lines, config, facts);
        visit(context.unit(), context);
        Suppressions suppressions = new Suppressions(lines, source.displayPath());
        List<Finding> findings = new ArrayList<>(context.findings().size());
        for (Finding finding : FindingMerger.merge(context.findings())) {
            if (!suppressions.isSuppressed(finding)) {
                findings.add(finding);
            }
        }
        findings.sort(BY_POSITION);
        List<Finding> signals = new ArrayList<>(context.signals());
        signals.sort(BY_POSITION);
        int runningCodeLines = lines.total() - UnreachableCode.codeLines(context);
        return new FileAnalysis(findings, signals, runningCodeLines, suppressions.warnings(), Optional.empty());
    }

    /**
     * Hands each node, in pre-order, to the rules registered for its class. Plain recursion: JavaParser's own walk
     * pushes every node through a synchronized Stack, which cost more than several rules together.
     */
    private void visit(Node node, RuleContext context) {
        for (Rule rule : rulesByNodeType.get(node.getClass())) {
            rule.visit(node, context);
        }
        List<Node> children = node.getChildNodes();
        for (int index = 0, size = children.size(); index < size; index++) {
            visit(children.get(index), context);
        }
    }

    /** One line: which file, where, and what JavaParser could not read; the compiler names the error precisely. */
    private static String parseError(SourceFile source, List<Problem> problems) {
        Problem first = problems.isEmpty() ? null : problems.get(0);
        int line = 1;
        int column = 1;
        if (first != null && first.getLocation().isPresent()) {
            TokenRange range = first.getLocation().get();
            line = range.getBegin().getRange().map(r -> r.begin.line).orElse(1);
            column = range.getBegin().getRange().map(r -> r.begin.column).orElse(1);
        }
        String detail = first == null ? "unknown syntax error" : shorten(first.getMessage());
        return source.displayPath() + " line " + line + ", column " + column + " could not be read as Java 21 ("
                + detail + "), so readability was not scored; fix the syntax first";
    }

    /** The tree parsed, so the reason can name the line where it first goes too deep. */
    private static String tooDeep(SourceFile source, Node deepest) {
        return tooDeep(source.displayPath() + " line " + RuleContext.line(deepest));
    }

    /** Even the large stack overflowed on the parse: deeper than the limit, at a line the parser could not report. */
    private static String tooDeepToRead(SourceFile source) {
        return tooDeep(source.displayPath());
    }

    /** One reason for both ways of finding a tree too deep, so a candidate sees one message and one remedy. */
    private static String tooDeep(String where) {
        return where + " is nested more than " + TreeDepth.MAX_DEPTH + " levels deep in the syntax tree, so "
                + "readability was not scored; split the code into named steps";
    }

    /** JavaParser lists every token it expected; the first clause is what a reader needs. */
    private static String shorten(String message) {
        String firstLine = message.lines().findFirst().orElse("syntax error");
        int expected = firstLine.indexOf(", expected");
        return expected > 0 ? firstLine.substring(0, expected) : firstLine;
    }

    private static ClassValue<Rule[]> dispatchTable(ReadabilityConfig config) {
        Map<Class<? extends Node>, List<Rule>> lists = new HashMap<>();
        for (Rule rule : RuleRegistry.all()) {
            if (!config.isEnabled(rule.id())) {
                continue;
            }
            for (Class<? extends Node> type : rule.nodeTypes()) {
                lists.computeIfAbsent(type, key -> new ArrayList<>()).add(rule);
            }
        }
        Map<Class<?>, Rule[]> table = new HashMap<>();
        lists.forEach((type, rules) -> table.put(type, rules.toArray(Rule[]::new)));
        Rule[] none = new Rule[0];
        return new ClassValue<>() {
            @Override
            protected Rule[] computeValue(Class<?> type) {
                return table.getOrDefault(type, none);
            }
        };
    }
}
