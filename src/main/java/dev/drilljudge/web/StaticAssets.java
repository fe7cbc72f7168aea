package dev.drilljudge.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.webjars.WebJarVersionLocator;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

/**
 * The page itself: a few files from the jar, nothing fetched from the internet. The optional syntax highlighting is
 * CodeMirror 5 from the {@code org.webjars:codemirror} jar, served under {@code /static/codemirror/} without its
 * version in the address (the page never needs to know it); only the three files the editor loads are served.
 */
final class StaticAssets implements HttpHandler {
    private static final String ROOT = "/dev/drilljudge/web/static/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/static/app.js", "app.js",
            "/static/editor.js", "editor.js",
            "/static/app.css", "app.css");
    static final String CODEMIRROR_PREFIX = "/static/codemirror/";
    private static final String CODEMIRROR = "codemirror";
    /** The editor core, its stylesheet and the C-like mode that highlights Java: no completion or lint add-ons. */
    private static final Set<String> CODEMIRROR_FILES = Set.of(
            "lib/codemirror.js", "lib/codemirror.css", "mode/clike/clike.js");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");

    private final WebJarVersionLocator webJars = new WebJarVersionLocator();

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            Replies.error(exchange, 405, method + " is not allowed here; use GET");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String resource = resourceFor(path);
        if (resource == null) {
            Replies.send(exchange, 404, "text/plain; charset=utf-8", "Not found.\n".getBytes());
            return;
        }
        byte[] body;
        try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the jar lacks " + resource);
            }
            body = in.readAllBytes();
        }
        Replies.send(exchange, 200, TYPES.get(resource.substring(resource.lastIndexOf('.') + 1)), body);
    }

    /** The class-path resource for a request path, or null when the page has no such file. */
    private String resourceFor(String path) {
        String file = FILES.get(path);
        if (file != null) {
            return ROOT + file;
        }
        if (path.startsWith(CODEMIRROR_PREFIX)) {
            String inWebJar = path.substring(CODEMIRROR_PREFIX.length());
            if (CODEMIRROR_FILES.contains(inWebJar)) {
                String fullPath = webJars.fullPath(CODEMIRROR, inWebJar);
                return fullPath == null ? null : "/" + fullPath;
            }
        }
        return null;
    }
}
