package dev.drilljudge.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.app.JudgeEngine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * `judge serve`: the practice page and its JSON API on 127.0.0.1, over one warm {@link JudgeEngine} (javac loaded,
 * a worker JVM started ahead, the compiled-classes cache shared with the command line).
 * <p>
 * Built on the JDK's own {@code com.sun.net.httpserver}: a handful of local routes need no more, and it adds no
 * dependency to the jar (docs/web.md says why in full).
 */
public final class PracticeServer implements AutoCloseable {
    private static final int HTTP_THREADS = 8;

    private final HttpServer server;
    private final ExecutorService httpThreads;
    private final JudgeEngine engine;
    private final PracticeApi api;
    private final AccessGuard guard;
    private final ServeSettings settings;
    private final ServeRegistration registration;

    private PracticeServer(ServeSettings settings, Clock clock) throws IOException {
        this.settings = settings;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
        int port = server.getAddress().getPort();
        guard = new AccessGuard(AccessGuard.newToken(), port);
        engine = new JudgeEngine(EngineOptions.serving(settings.classesCache()));
        api = new PracticeApi(settings, engine, clock);
        server.createContext("/api/", guarded(new ApiRoutes(api), false));
        server.createContext("/", guarded(new StaticAssets(), true));
        httpThreads = Executors.newFixedThreadPool(HTTP_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "serve-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(httpThreads);
        registration = new ServeRegistration(port, guard.token(), settings.problemsDir(), settings.submissionsDir(),
                settings.configFile(), ProcessHandle.current().pid());
    }

    /** Binds 127.0.0.1 (the port may be 0 for any free one), starts serving and announces itself. */
    public static PracticeServer start(ServeSettings settings, Clock clock) {
        PracticeServer started;
        try {
            started = new PracticeServer(settings, clock);
        } catch (IOException e) {
            throw new dev.drilljudge.BadInputException("cannot listen on 127.0.0.1:" + settings.port() + " ("
                    + e.getMessage() + "); pick another port with --port N", e);
        }
        started.server.start();
        started.settings.registryDir().ifPresent(dir -> {
            try {
                started.registration.write(dir);
            } catch (UncheckedIOException notAnnounced) {
                // The page still works; only `run` and `submit` will judge on their own.
            }
        });
        return started;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Runs and submits judged since the server started, from the page or handed over by the command line. */
    public long jobsJudged() {
        return api.jobsJudged();
    }

    public String token() {
        return guard.token();
    }

    /** The URL to open: it carries the token, as Jupyter's does. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/?token=" + guard.token());
    }

    private HttpHandler guarded(HttpHandler inner, boolean page) {
        return exchange -> {
            try {
                Optional<AccessGuard.Refusal> refusal = guard.check(exchange);
                if (refusal.isPresent()) {
                    refuse(exchange, refusal.get(), page);
                } else if (page && guard.tokenInQuery(exchange.getRequestURI())) {
                    // Remember the token in a cookie for the page's own requests, and drop it from the address bar.
                    exchange.getResponseHeaders().add("Set-Cookie", guard.sessionCookie());
                    exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getPath());
                    Replies.send(exchange, 303, "text/plain; charset=utf-8", new byte[0]);
                } else {
                    inner.handle(exchange);
                }
            } finally {
                exchange.close();
            }
        };
    }

    private static void refuse(HttpExchange exchange, AccessGuard.Refusal refusal, boolean page) throws IOException {
        switch (refusal) {
            case BAD_HOST -> Replies.error(exchange, 403, "the Host header must be 127.0.0.1:PORT or localhost:PORT");
            case FOREIGN_ORIGIN -> Replies.error(exchange, 403, "requests from other sites are refused");
            case NO_TOKEN -> {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                if (page) {
                    Replies.send(exchange, 401, "text/html; charset=utf-8", """
                            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Drill Judge</title></head>
                            <body><p>Open the address that <code>judge serve</code> printed: it carries the token
                            this page needs.</p></body></html>
                            """.getBytes(StandardCharsets.UTF_8));
                } else {
                    Replies.error(exchange, 401, "missing or wrong token: pass ?token= or Authorization: Bearer");
                }
            }
        }
    }

    /** Stops serving, removes the announcement and closes the engine (its workers are killed). */
    @Override
    public void close() {
        settings.registryDir().ifPresent(registration::remove);
        server.stop(0);
        httpThreads.shutdownNow();
        api.close();
        engine.close();
    }
}
