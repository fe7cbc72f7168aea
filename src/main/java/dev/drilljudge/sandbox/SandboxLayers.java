package dev.drilljudge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The operating-system layers wrapped around the worker JVM where this machine has them: bubblewrap (no
 * network, read-only file system, the problem bank and the compiled-classes cache hidden, own PID namespace),
 * prlimit (no files written, no core dumps, few file descriptors) and setsid (the worker leads its own session
 * and process group, which the judge kills whole when a job ends). The judge's own checks do not depend on them;
 * they are a second wall.
 *
 * @param bubblewrap path to bwrap when it can create a sandbox here, else null
 * @param prlimit    path to prlimit when present, else null
 * @param setsid     path to util-linux's setsid when present, else null
 */
public record SandboxLayers(Path bubblewrap, Path prlimit, Path setsid) {
    public SandboxLayers(Path bubblewrap, Path prlimit) {
        this(bubblewrap, prlimit, null);
    }

    private static final String DISABLE_VARIABLE = "DRILL_JUDGE_NO_OS_SANDBOX";
    private static volatile SandboxLayers detected;

    /** Detects once per JVM; set DRILL_JUDGE_NO_OS_SANDBOX=1 to run with the JVM-level sandbox only. */
    public static SandboxLayers detect() {
        SandboxLayers layers = detected;
        if (layers == null) {
            layers = detect(System.getenv());
            detected = layers;
        }
        return layers;
    }

    /** The layers this machine offers, or none when the environment sets DRILL_JUDGE_NO_OS_SANDBOX=1. */
    static SandboxLayers detect(java.util.Map<String, String> environment) {
        return "1".equals(environment.get(DISABLE_VARIABLE))
                ? none()
                : new SandboxLayers(findWorkingBubblewrap(), findExecutable("prlimit"), findExecutable("setsid"));
    }

    public static SandboxLayers none() {
        return new SandboxLayers(null, null, null);
    }

    /** One line per layer, for `judge doctor`. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("JVM sandbox: active (bytecode policy, isolated class loaders, signed protocol, killed on limits)");
        lines.add(bubblewrap != null
                ? "bubblewrap: active (" + bubblewrap + "): no network, read-only file system, problem bank and "
                        + "compiled-classes cache hidden"
                : "bubblewrap: not available (install the bubblewrap package for an OS-level sandbox)");
        lines.add(prlimit != null
                ? "prlimit: active (" + prlimit + "): no files written, no core dumps, limited file descriptors"
                : "prlimit: not available (part of util-linux)");
        lines.add(setsid != null
                ? "process group: active (" + setsid + "): each worker leads its own session, killed whole after "
                        + "every job"
                : "process group: not available (setsid, part of util-linux): only the worker's descendants are "
                        + "killed");
        lines.add(bubblewrap != null
                ? "PID namespace: active (bubblewrap --unshare-pid): a worker cannot see or signal the judge, and "
                        + "nothing it starts outlives it"
                : "PID namespace: not available (needs bubblewrap): the bytecode policy alone keeps a worker from "
                        + "signalling the judge");
        return lines;
    }

    /**
     * The command prefix that wraps the worker's java command. {@code hiddenPaths} are masked with empty
     * folders; {@code visiblePaths} (the worker's class path, the JDK) are bound back read-only afterwards,
     * since a build under /tmp would otherwise vanish under the empty /tmp.
     */
    List<String> wrap(List<String> javaCommand, List<Path> hiddenPaths, List<Path> visiblePaths) {
        List<String> command = new ArrayList<>();
        if (prlimit != null) {
            command.addAll(List.of(prlimit.toString(), "--core=0", "--fsize=0", "--nofile=512", "--"));
        }
        if (setsid != null) {
            // prlimit execs setsid, which execs the rest: the worker (or bwrap) is the session leader, its pid the
            // session and group id.
            command.add(setsid.toString());
        }
        if (bubblewrap != null) {
            command.addAll(List.of(bubblewrap.toString(), "--unshare-net", "--unshare-pid", "--unshare-ipc",
                    "--unshare-uts", "--die-with-parent", "--new-session", "--ro-bind", "/", "/", "--dev", "/dev",
                    "--proc", "/proc", "--tmpfs", "/tmp"));
            for (Path hidden : hiddenPaths) {
                String path = hidden.toAbsolutePath().normalize().toString();
                if (Files.isDirectory(hidden)) {
                    command.addAll(List.of("--tmpfs", path));
                } else if (Files.isRegularFile(hidden)) {
                    command.addAll(List.of("--ro-bind", "/dev/null", path));
                }
            }
            for (Path visible : visiblePaths) {
                String path = visible.toAbsolutePath().normalize().toString();
                command.addAll(List.of("--ro-bind", path, path));
            }
        }
        command.addAll(javaCommand);
        return command;
    }

    private static Path findWorkingBubblewrap() {
        Path bwrap = findExecutable("bwrap");
        if (bwrap == null) {
            return null;
        }
        // bwrap may be installed yet unable to create namespaces (e.g. inside some containers): try it once.
        try {
            Process probe = new ProcessBuilder(bwrap.toString(), "--unshare-net", "--ro-bind", "/", "/",
                    "--dev", "/dev", "--proc", "/proc", "true").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(5, TimeUnit.SECONDS) && probe.exitValue() == 0 ? bwrap : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Path findExecutable(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
