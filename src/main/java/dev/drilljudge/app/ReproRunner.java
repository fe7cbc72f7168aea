package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.SolutionKind;
import dev.drilljudge.repro.AnswerOrder;
import dev.drilljudge.repro.InputContract;
import dev.drilljudge.repro.ReproArguments;
import dev.drilljudge.repro.ReproOutcome;
import dev.drilljudge.repro.ReproResult;
import dev.drilljudge.repro.ReproTarget;
import dev.drilljudge.repro.ReproTestSource;
import dev.drilljudge.repro.ResultComparison;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.worker.protocol.TestOutcome;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * `judge repro`: runs the candidate's code on one input they wrote, in the sandbox like every run, and inside the
 * problem's inputs contract runs the model answer on it too (also in the sandbox), so they can reproduce a bug
 * without seeing the hidden tests.
 */
public final class ReproRunner {
    private static final int MESSAGE_LIMIT = 600;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JudgeEngine engine;

    public ReproRunner(JudgeEngine engine) {
        this.engine = engine;
    }

    public ReproResult run(ProblemPackage problem, List<SourceFile> sources, String input) {
        ReproTarget target = ReproTarget.of(problem);
        List<ReproArguments.Argument> arguments = ReproArguments.parse(target, input);
        List<String> violations = InputContract.violations(problem.inputs(), arguments);
        byte[] token = new byte[12];
        RANDOM.nextBytes(token);
        String marker = "repro-" + HexFormat.of().formatHex(token) + ":";
        List<SourceFile> support = SourceTrees.readIfPresent(problem.supportDir());
        SourceFile test = ReproTestSource.of(target, arguments, marker, defines(support, "TreeNode"),
                defines(support, "ListNode"));
        ReproOutcome yours = outcome(engine.probe(problem, sources, List.of(test)), marker);
        ReproOutcome model = null;
        List<dev.drilljudge.problem.Solution> accepted = problem.solutions(SolutionKind.ACCEPTED);
        if (violations.isEmpty() && !accepted.isEmpty()) {
            model = outcome(engine.probe(problem, SourceTrees.read(accepted.get(0).directory()), List.of(test)), marker);
        }
        boolean anyOrder = AnswerOrder.anyOrder(problem);
        Boolean matches = null;
        if (model != null && yours.ok() && model.ok()) {
            matches = ResultComparison.same(yours.result(), model.result(), anyOrder).orElse(null);
        } else if (model != null && ran(yours) && yours.ok() != model.ok()) {
            matches = false;
        }
        String call = target.methodName() + "(" + arguments.stream()
                .map(argument -> argument.name() + " = " + argument.value())
                .collect(Collectors.joining(", ")) + ")";
        return new ReproResult(problem.id(), call, violations, yours, model, matches, anyOrder);
    }

    private static ReproOutcome outcome(Judgement judgement, String marker) {
        String printed = clean(judgement.candidateOutput());
        long timeMs = judgement.timings().runMs();
        if (judgement.results().isEmpty()) {
            String headline = judgement.headline().startsWith(judgement.verdict().name() + ": ")
                    ? judgement.headline().substring(judgement.verdict().name().length() + 2) : judgement.headline();
            String detail = judgement.diagnostics().isEmpty() ? headline
                    : headline + " (" + judgement.diagnostics().get(0).message() + ")";
            return new ReproOutcome(judgement.verdict().name(), null, false, clean(detail), printed, timeMs);
        }
        TestResult call = judgement.results().get(0);
        timeMs = call.timeMs();
        if (call.status() == TestStatus.of(TestOutcome.WRONG_ANSWER) && call.message().startsWith(marker)) {
            String result = call.message().substring(marker.length());
            boolean cut = call.message().length() > MESSAGE_LIMIT;
            if (cut && result.endsWith("...")) {
                result = result.substring(0, result.length() - 3);
            }
            return new ReproOutcome(ReproOutcome.OK, result, cut, "", printed, timeMs);
        }
        return new ReproOutcome(call.status().name(), null, false, clean(call.message()), printed, timeMs);
    }

    /** The call itself ran: it returned or failed at run time, rather than never compiling or being refused. */
    private static boolean ran(ReproOutcome outcome) {
        return !Set.of("COMPILE_ERROR", "SECURITY_VIOLATION", "JUDGE_ERROR").contains(outcome.status());
    }

    private static boolean defines(List<SourceFile> support, String className) {
        return support.stream().anyMatch(source -> source.fileName().equals(className + ".java"));
    }

    /** Text the candidate's code controls: no control characters reach a terminal or a CI log. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "?");
    }
}
