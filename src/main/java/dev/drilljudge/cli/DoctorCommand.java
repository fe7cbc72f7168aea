package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.compile.CompiledClassesCache;
import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemLoader;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.SolutionKind;
import dev.drilljudge.sandbox.SandboxLayers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;

/** `judge doctor`: is this machine ready, which sandbox layers are on, is the bank healthy. */
@Command(name = "doctor", description = "Check the Java runtime, the sandbox layers and the problem bank.")
public final class DoctorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProblemsOption problems;

    @Override
    public Integer call() {
        out().println("Drill Judge " + JudgeVersion.current());
        out().println("Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + ") at " + System.getProperty("java.home"));
        boolean compilerPresent = javax.tools.ToolProvider.getSystemJavaCompiler() != null;
        out().println("Compiler: " + (compilerPresent ? "javax.tools available" : "MISSING: run on a JDK"));
        out().println("Cores: " + Runtime.getRuntime().availableProcessors());
        out().println("Sandbox layers:");
        SandboxLayers.detect().describe().forEach(line -> out().println("  " + line));
        out().println("  " + cacheLayer(UserCacheFolder.forCompiledClasses()));
        boolean bankHealthy = reportBank();
        return compilerPresent && bankHealthy ? ExitCodes.OK : ExitCodes.REJECTED;
    }

    /** The compiled-classes cache's MAC layer. Doctor creates no key: the first `run` or `submit` does. */
    static String cacheLayer(Optional<Path> cacheFolder) {
        if (cacheFolder.isEmpty()) {
            return "cache MAC: not needed (no compiled-classes cache: DRILL_JUDGE_CACHE=off or no home folder)";
        }
        Path keyFile = CompiledClassesCache.keyFileFor(cacheFolder.get());
        if (!java.nio.file.Files.exists(keyFile, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return "cache MAC: active (HMAC-SHA256 on every entry of " + cacheFolder.get() + "; the key " + keyFile
                    + " is created owner-only on first use)";
        }
        return CompiledClassesCache.onDisk(cacheFolder.get(), 1).authenticated()
                ? "cache MAC: active (HMAC-SHA256 on every entry of " + cacheFolder.get() + ", key " + keyFile
                        + ", owner-only)"
                : "cache MAC: key unusable (" + keyFile + "): nothing is cached, every run compiles";
    }

    private boolean reportBank() {
        ProblemBank bank = problems.bank();
        List<String> errors = new ArrayList<>();
        int solutions = 0;
        int loaded = 0;
        for (String id : bank.ids()) {
            try {
                ProblemPackage problem = ProblemLoader.load(bank.root().resolve(id));
                loaded++;
                for (SolutionKind kind : SolutionKind.values()) {
                    solutions += problem.solutions(kind).size();
                }
            } catch (BadInputException invalid) {
                errors.add(invalid.getMessage());
            }
        }
        out().println("Problem bank: " + bank.root() + ": " + loaded + " valid package" + (loaded == 1 ? "" : "s")
                + ", " + solutions + " shipped solutions, " + errors.size() + " invalid");
        errors.forEach(error -> out().println("  invalid: " + error));
        out().println("Run `judge verify` to judge every shipped solution.");
        return errors.isEmpty();
    }

    /** What this command prints goes through picocli's writer, so a caller (or a test) can redirect it. */
    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
