package dev.drilljudge.cli;

import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the slow parts of `judge run` and `judge submit` (the engine, the problem and the worker JVM) before
 * picocli has built its model and parsed the arguments, which takes about a tenth of a second. A worker needs about
 * half a second to start and warm up, so it is the last thing a submit waits for; this gives it that tenth back.
 * <p>
 * The arguments are only peeked at here. The command claims the early engine only when picocli parsed the same
 * bank and problem; otherwise the early engine is closed unused, and a problem the peek could not load is left for
 * the command to report.
 */
final class EarlyStart {
    private static final Set<String> COMMANDS = Set.of("run", "submit");
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of("--problems", "--submissions", "--format", "--config");
    private static final String PROBLEMS_OPTION = "--problems";
    private static final String SUBMISSIONS_OPTION = "--submissions";
    private static final String NO_DAEMON = "--no-daemon";

    private static CompletableFuture<Started> pending;

    /** The engine started early, with a worker prepared for the problem. */
    record Started(Path bank, String problemId, JudgeEngine engine, ProblemPackage problem) {
    }

    /**
     * What the peek read: the bank folder, the problem id, the submissions folder, and whether the job may be
     * handed to a running `judge serve`.
     */
    record Target(Path bank, String problemId, Path submissions, boolean mayHandOver) {
        Target(Path bank, String problemId) {
            this(bank, problemId, Path.of("submissions"), true);
        }
    }

    private EarlyStart() {
    }

    static synchronized void begin(String[] args) {
        peek(args).filter(target -> !(target.mayHandOver()
                        && ServeHandoff.serverFor(target.bank(), target.submissions()).isPresent()))
                .ifPresent(target -> pending = CompletableFuture.supplyAsync(() -> start(target), runnable -> {
            Thread thread = new Thread(runnable, "early-start");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** The early engine when it was started for this bank and problem; otherwise it is closed and empty. */
    static synchronized Optional<Started> claim(Path bank, String problemId) {
        CompletableFuture<Started> started = pending;
        pending = null;
        if (started == null) {
            return Optional.empty();
        }
        Started early;
        try {
            early = started.join();
        } catch (CompletionException couldNotStart) {
            return Optional.empty();
        }
        if (early.bank().equals(normalise(bank)) && early.problemId().equals(problemId)) {
            return Optional.of(early);
        }
        early.engine().close();
        return Optional.empty();
    }

    /**
     * The bank and problem of a `run` or `submit` command line: the first argument that is not an option, and
     * {@code --problems} if given. Anything else (help, version, an unknown option) starts nothing early.
     */
    static Optional<Target> peek(String[] args) {
        if (args.length < 2 || !COMMANDS.contains(args[0])) {
            return Optional.empty();
        }
        Path bank = Path.of("problems");
        Path submissions = Path.of("submissions");
        boolean mayHandOver = true;
        String problemId = null;
        List<String> rest = List.of(args).subList(1, args.length);
        for (int index = 0; index < rest.size(); index++) {
            String argument = rest.get(index);
            int equals = argument.indexOf('=');
            String option = argument.startsWith("--") && equals > 0 ? argument.substring(0, equals) : argument;
            if (OPTIONS_WITH_VALUES.contains(option)) {
                String value;
                if (equals > 0) {
                    value = argument.substring(equals + 1);
                } else if (index + 1 < rest.size()) {
                    value = rest.get(++index);
                } else {
                    return Optional.empty();
                }
                if (option.equals(PROBLEMS_OPTION)) {
                    bank = Path.of(value);
                } else if (option.equals(SUBMISSIONS_OPTION)) {
                    submissions = Path.of(value);
                }
            } else if (argument.equals(NO_DAEMON)) {
                mayHandOver = false;
            } else if (argument.startsWith("-")) {
                return Optional.empty();
            } else if (problemId == null) {
                problemId = argument;
            }
        }
        return problemId == null ? Optional.empty()
                : Optional.of(new Target(normalise(bank), problemId, submissions, mayHandOver));
    }

    /** The engine started early for this bank and problem, or else one started now. */
    static Started engineFor(Path bank, String problemId) {
        return claim(bank, problemId).orElseGet(() -> start(bank, problemId));
    }

    private static Started start(Target target) {
        return start(target.bank(), target.problemId());
    }

    /** The engine, then the problem, then the worker for its limits. */
    private static Started start(Path bank, String problemId) {
        JudgeEngine engine = new JudgeEngine(EngineOptions.interactive(UserCacheFolder.forCompiledClasses()));
        try {
            ProblemPackage problem = ProblemBank.open(bank).get(problemId);
            engine.prepare(problem);
            return new Started(normalise(bank), problemId, engine, problem);
        } catch (RuntimeException notLoadable) {
            engine.close();
            throw notLoadable;
        }
    }

    private static Path normalise(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
