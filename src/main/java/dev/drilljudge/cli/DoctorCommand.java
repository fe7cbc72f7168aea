package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.compile.CompiledClassesCache;
import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemLoader;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.SolutionKind;
import dev.drilljudge.sandbox.SandboxLayers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;

/** `judge doctor`: is this machine ready, which sandbox layers are on, is the bank healthy. */
@Command(name = "doctor", description = "Check the Java runtime, the sandbox layers and the problem bank.")
public final class DoctorCommand implements Callable<Integer> {
    @Mixin
    ProblemsOption problems;

    @Override
    public Integer call() {
        System.out.println("Drill Judge " + JudgeVersion.current());
        System.out.println("Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + ") at " + System.getProperty("java.home"));
        boolean compilerPresent = javax.tools.ToolProvider.getSystemJavaCompiler() != null;
        System.out.println("Compiler: " + (compilerPresent ? "javax.tools available" : "MISSING: run on a JDK"));
        System.out.println("Cores: " + Runtime.getRuntime().availableProcessors());
        System.out.println("Sandbox layers:");
        SandboxLayers.detect().describe().forEach(line -> System.out.println("  " + line));
        System.out.println("  " + cacheLayer(UserCacheFolder.forCompiledClasses()));
        boolean bankHealthy = reportBank();
        return compilerPresent && bankHealthy ? ExitCodes.OK : ExitCodes.REJECTED;
    }

    /** The compiled-classes cache's MAC layer: the key is created here if `run` has not created it yet. */
    static String cacheLayer(Optional<Path> cacheFolder) {
        if (cacheFolder.isEmpty()) {
            return "cache MAC: not needed (no compiled-classes cache: DRILL_JUDGE_CACHE=off or no home folder)";
        }
        Path keyFile = CompiledClassesCache.keyFileFor(cacheFolder.get());
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
        System.out.println("Problem bank: " + bank.root() + ": " + loaded + " valid package" + (loaded == 1 ? "" : "s")
                + ", " + solutions + " shipped solutions, " + errors.size() + " invalid");
        errors.forEach(error -> System.out.println("  invalid: " + error));
        System.out.println("Run `judge verify` to judge every shipped solution.");
        return errors.isEmpty();
    }
}
