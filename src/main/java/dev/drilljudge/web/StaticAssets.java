package dev.drilljudge.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The page itself: a few files from the jar, nothing fetched from the internet. */
final class StaticAssets implements HttpHandler {
    private static final String ROOT = "/dev/drilljudge/web/static/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/static/app.js", "app.js",
            "/static/editor.js", "editor.js",
            "/static/app.css", "app.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            Replies.error(exchange, 405, method + " is not allowed here; use GET");
            return;
        }
        String file = FILES.get(exchange.getRequestURI().getPath());
        if (file == null) {
            Replies.send(exchange, 404, "text/plain; charset=utf-8", "Not found.\n".getBytes());
            return;
        }
        byte[] body;
        try (InputStream in = StaticAssets.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IOException("the jar lacks " + ROOT + file);
            }
            body = in.readAllBytes();
        }
        Replies.send(exchange, 200, TYPES.get(file.substring(file.lastIndexOf('.') + 1)), body);
    }
}
