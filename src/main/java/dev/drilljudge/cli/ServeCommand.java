package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.web.PracticeServer;
import dev.drilljudge.web.ServeRegistration;
import dev.drilljudge.web.ServeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** `judge serve`: the local practice page, on a warm judge, until Ctrl+C. */
@Command(name = "serve", description = "Serve a local practice page (statement, editor, countdown, Run and Submit) "
        + "on 127.0.0.1, judging on a warm judge; `run` and `submit` hand their jobs to it.")
public final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8765;

    @Mixin
    ProblemsOption problems;

    @Mixin
    SubmissionsOption submissions;

    @Mixin
    ReadabilityConfigOption readabilityConfig;

    @Option(names = "--port", paramLabel = "N",
            description = "Port on 127.0.0.1 (default: " + DEFAULT_PORT + ", or any free port when it is taken).")
    Integer port;

    @Option(names = "--no-open", description = "Do not open the page in a browser.")
    boolean noOpen;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port != null && (port < 0 || port > 65_535)) {
            throw new BadInputException("--port must be between 0 and 65535, not " + port);
        }
        problems.bank(); // a missing bank is reported now, not on the first page load
        PracticeServer server = startServer();
        CountDownLatch stopped = new CountDownLatch(1);
        PrintWriter err = spec.commandLine().getErr();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("judge serve: stopped after judging " + server.jobsJudged() + " run(s) and submit(s)");
            err.flush();
            server.close();
            stopped.countDown();
        }, "serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Drill Judge is serving %s (your work in %s) at:%n%n    %s%n%n", problems.directory(),
                submissions.directory(), server.url());
        out.println("`judge run` and `judge submit` hand their jobs to this server (add --no-daemon to judge alone).");
        out.println("Press Ctrl+C to stop.");
        out.flush();
        if (!noOpen) {
            openBrowser(server.url());
        }
        stopped.await();
        return ExitCodes.OK;
    }

    private PracticeServer startServer() {
        if (port != null) {
            return PracticeServer.start(settings(port), Clock.systemUTC());
        }
        try {
            return PracticeServer.start(settings(DEFAULT_PORT), Clock.systemUTC());
        } catch (BadInputException taken) {
            return PracticeServer.start(settings(0), Clock.systemUTC());
        }
    }

    private ServeSettings settings(int chosenPort) {
        Path configFile = readabilityConfig.file();
        return new ServeSettings(problems.directory(), submissions.directory(), readabilityConfig.load(), configFile,
                UserCacheFolder.forCompiledClasses(), chosenPort, ServeRegistration.folder(System.getenv()));
    }

    /** xdg-open when it is installed; the URL is printed either way, so a missing opener is no failure. */
    private static void openBrowser(URI url) {
        Optional<Path> opener = onPath("xdg-open");
        if (opener.isEmpty()) {
            return;
        }
        try {
            new ProcessBuilder(opener.get().toString(), url.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException couldNotOpen) {
            // The printed URL is the fallback.
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
