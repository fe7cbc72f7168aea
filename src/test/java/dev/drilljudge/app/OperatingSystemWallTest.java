package dev.drilljudge.app;

import dev.drilljudge.compile.CompiledClassesCache;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.sandbox.SandboxLayers;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.testing.TestBanks;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.Verdict;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The operating-system wall on its own. Every file, socket and process attack in HostileSubmissionsTest is refused
 * by the bytecode policy before anything runs, so those tests never reach bubblewrap or prlimit. Here the policy is
 * relaxed for exactly the API under attack, through a problem built in code: a problem.yaml cannot allow them
 * (ProblemLoaderTest#anEntryThatReachesTheOperatingSystemIsRefused), and the CLI only loads problems from
 * problem.yaml. Each attack runs three times: with no OS layer (the control: it succeeds, so the relaxation is real
 * and the wall is what stops it), under bubblewrap alone and under prlimit alone.
 */
class OperatingSystemWallTest {
    /** The APIs the attacks need, on top of pair-sum's defaults. */
    private static final List<String> OS_APIS = List.of("java.io.FileWriter", "java.net.Socket",
            "java.lang.ProcessBuilder", "java.lang.Process");

    private static final String ANSWER = """
                    java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
                    for (int i = 0; i < numbers.length; i++) {
                        Integer partner = seen.get(target - numbers[i]);
                        if (partner != null) {
                            return new int[] {partner, i};
                        }
                        seen.put(numbers[i], i);
                    }
                    return new int[0];
            """;

    private Path outside;

    @BeforeEach
    void makeAFolderOutsideTheSandbox() throws IOException {
        // Under target/, not /tmp: bubblewrap mounts an empty tmpfs on /tmp, which would hide the write, not stop it.
        outside = Files.createDirectories(TestBanks.projectRoot().resolve("target/os-wall")
                .resolve(UUID.randomUUID().toString()));
    }

    @AfterEach
    void removeIt() throws IOException {
        try (var files = Files.walk(outside)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Nested
    class FileWrite {
        @Test
        void withoutOsLayersTheRelaxedPolicyLetsTheWriteThrough() throws IOException {
            Path target = outside.resolve("pwned.txt");

            Judgement judgement = judge(SandboxLayers.none(), writeFile(target));

            assertThat(judgement.candidateOutput()).contains("write: done");
            assertThat(Files.readString(target)).isEqualTo("owned");
        }

        @Test
        void bubblewrapsReadOnlyFileSystemStopsIt() {
            Path target = outside.resolve("pwned.txt");

            Judgement judgement = judge(bubblewrapOnly(), writeFile(target));

            // The host's folders are read-only inside the sandbox, and /tmp is a fresh one: a checkout under /tmp
            // (a CI workspace) is not there at all. Either way the OS refused the write.
            assertThat(judgement.candidateOutput()).containsAnyOf(
                    "write: refused: " + target + " (Read-only file system)",
                    "write: refused: " + target + " (No such file or directory)");
            assertThat(target).doesNotExist();
        }

        @Test
        void prlimitsZeroFileSizeStopsTheBytes() throws IOException {
            Path target = outside.resolve("pwned.txt");

            Judgement judgement = judge(prlimitOnly(), writeFile(target));

            assertThat(judgement.candidateOutput()).contains("write: refused: File too large");
            assertThat(Files.size(target)).as("opened, but not one byte written").isZero();
        }

        private static String writeFile(Path target) {
            return solution("""
                    try (java.io.FileWriter writer = new java.io.FileWriter("%s")) {
                        writer.write("owned");
                        writer.flush();
                        System.out.println("write: done");
                    } catch (java.io.IOException e) {
                        System.out.println("write: refused: " + e.getMessage());
                    }
                    """.formatted(target));
        }
    }

    @Nested
    class NetworkSocket {
        @Test
        void withoutOsLayersTheRelaxedPolicyConnectsToTheHost() throws IOException {
            try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
                Judgement judgement = judge(SandboxLayers.none(), connect(server.getLocalPort()));

                assertThat(judgement.candidateOutput()).contains("socket: connected");
                assertThat(received(server)).contains("owned");
            }
        }

        @Test
        void bubblewrapsEmptyNetworkNamespaceStopsIt() throws IOException {
            try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
                Judgement judgement = judge(bubblewrapOnly(), connect(server.getLocalPort()));

                assertThat(judgement.candidateOutput()).containsPattern(
                        "socket: refused: (Network is unreachable|Connection refused)");
                assertThat(received(server)).as("no connection reached the host").isEmpty();
            }
        }

        private static String connect(int port) {
            return solution("""
                    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", %d)) {
                        socket.getOutputStream().write("owned".getBytes());
                        System.out.println("socket: connected");
                    } catch (java.io.IOException e) {
                        System.out.println("socket: refused: " + e.getMessage());
                    }
                    """.formatted(port));
        }

        /** What the first connection sent; empty when none came (the worker has ended, so any would be queued). */
        private static Optional<String> received(ServerSocket server) throws IOException {
            server.setSoTimeout(1000);
            try (Socket client = server.accept(); InputStream in = client.getInputStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (SocketTimeoutException none) {
                return Optional.empty();
            }
        }
    }

    @Nested
    class ChildProcess {
        @Test
        void withoutOsLayersTheRelaxedPolicyStartsAProcessThatWritesAndSeesTheJudge() throws IOException {
            Path target = outside.resolve("pwned.txt");

            Judgement judgement = judge(SandboxLayers.none(), startProcess(target));

            assertThat(judgement.candidateOutput()).contains("process: judge-visible");
            assertThat(Files.readString(target)).isEqualTo("owned\n");
        }

        @Test
        void underBubblewrapTheProcessCanNeitherWriteNorSeeTheJudge() {
            Path target = outside.resolve("pwned.txt");

            Judgement judgement = judge(bubblewrapOnly(), startProcess(target));

            assertThat(judgement.candidateOutput()).containsAnyOf("Read-only file system", "Directory nonexistent")
                    .contains("judge-hidden").doesNotContain("judge-visible");
            assertThat(target).doesNotExist();
        }

        @Test
        void underPrlimitTheProcessInheritsTheZeroFileSize() throws IOException {
            Path target = outside.resolve("pwned.txt");

            judge(prlimitOnly(), startProcess(target));

            assertThat(Files.size(target)).as("the shell opened it, but could not write a byte").isZero();
        }

        private static String startProcess(Path target) {
            return solution("""
                    try {
                        Process process = new ProcessBuilder("sh", "-c", "echo owned > %s; "
                                + "kill -0 %d 2>/dev/null && echo judge-visible || echo judge-hidden")
                                .redirectErrorStream(true).start();
                        String said = new String(process.getInputStream().readAllBytes());
                        process.waitFor();
                        System.out.println("process: " + said.strip().replace('\\n', ' '));
                    } catch (java.io.IOException | InterruptedException e) {
                        System.out.println("process: refused: " + e.getMessage());
                    }
                    """.formatted(target, ProcessHandle.current().pid()));
        }
    }

    /** pair-sum's answer, trying {@code attack} once (on the first test) and printing what happened. */
    private static String solution(String attack) {
        return "class Solution {\n    private static boolean tried;\n\n"
                + "    public int[] twoSum(int[] numbers, int target) {\n        if (!tried) {\n            tried = true;\n"
                + attack.indent(12) + "        }\n" + ANSWER + "    }\n}\n";
    }

    private static Judgement judge(SandboxLayers layers, String solution) {
        ProblemPackage pairSum = TestBanks.fixtureBank().get("pair-sum");
        ProblemPackage relaxed = new ProblemPackage(pairSum.id(), pairSum.title(), pairSum.difficulty(),
                pairSum.tags(), pairSum.targetMinutes(), pairSum.limits(), pairSum.allowThreads(), pairSum.inputs(),
                pairSum.printsOutput(), OS_APIS, pairSum.root(), pairSum.complexity());
        try (JudgeEngine engine = new JudgeEngine(new EngineOptions(1, 0, CompiledClassesCache.NONE, false),
                layers)) {
            Judgement judgement = engine.judge(relaxed, List.of(new SourceFile("Solution.java", solution)),
                    RunMode.HIDDEN);
            assertThat(judgement.verdict()).as("the policy let the attack run: " + judgement.headline())
                    .isEqualTo(Verdict.ACCEPTED);
            return judgement;
        }
    }

    private static SandboxLayers bubblewrapOnly() {
        Path bubblewrap = SandboxLayers.detect().bubblewrap();
        assumeTrue(bubblewrap != null, "bubblewrap is missing or cannot create a sandbox here (or "
                + "DRILL_JUDGE_NO_OS_SANDBOX=1): install the bubblewrap package to test the OS layer");
        return new SandboxLayers(bubblewrap, null, null);
    }

    private static SandboxLayers prlimitOnly() {
        Path prlimit = SandboxLayers.detect().prlimit();
        assumeTrue(prlimit != null, "prlimit (util-linux) is missing here (or DRILL_JUDGE_NO_OS_SANDBOX=1): "
                + "install util-linux to test the OS layer");
        return new SandboxLayers(null, prlimit, null);
    }
}
