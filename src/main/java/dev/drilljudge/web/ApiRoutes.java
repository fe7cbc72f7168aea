package dev.drilljudge.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.drilljudge.BadInputException;
import dev.drilljudge.app.ProblemListing;
import dev.drilljudge.report.DocumentJson;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON API under /api/. Every document is the one the matching command prints with {@code --format json}:
 * <pre>
 * GET  /api/problems[?tag=&amp;difficulty=&amp;style=&amp;unsolved=true]   judge list
 * GET  /api/problems/{id}                                     judge show ID
 * GET  /api/problems/{id}/files   PUT (save) {"files": {...}}  submissions/ID/ as the editor shows it
 * POST /api/problems/{id}/start   {"minutes", "style", "force"} judge start ID
 * POST /api/problems/{id}/run     {"files": {...}}             judge run ID (files saved first)
 * POST /api/problems/{id}/submit  {"files": {...}}             judge submit ID (files saved first)
 * POST /api/mock                  {"style", "seed", "force"}   judge mock
 * GET  /api/status                                            judge status
 * GET  /api/report                                            judge report
 * GET  /api/report.html                                       the page judge report --html writes
 * </pre>
 * An unknown problem is 404, a bad request 400 (the CLI's one-line message), a body over the limit 413.
 */
final class ApiRoutes implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(ApiRoutes.class.getName());
    private static final Pattern PROBLEM = Pattern.compile("/api/problems/([^/]+)(?:/(files|start|run|submit))?");
    static final String VERDICT_HEADER = "X-Judge-Verdict";

    private final PracticeApi api;

    ApiRoutes(PracticeApi api) {
        this.api = api;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (MethodNotAllowed wrongMethod) {
            Replies.error(exchange, 405, wrongMethod.getMessage());
        } catch (RequestBody.TooLarge tooLarge) {
            Replies.error(exchange, 413, tooLarge.getMessage());
        } catch (BadInputException badInput) {
            Replies.error(exchange, 400, oneLine(badInput.getMessage()));
        } catch (Exception failure) {
            LOG.log(Level.WARNING, "request failed: " + exchange.getRequestURI().getPath(), failure);
            Replies.error(exchange, 500, "internal error: " + oneLine(String.valueOf(failure)));
        }
    }

    private void route(HttpExchange exchange) throws Exception {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Map<String, String> query = query(exchange);
        switch (path) {
            case "/api/problems" -> {
                requireMethod(method, "GET");
                Replies.json(exchange, 200, api.list(new ProblemListing.Filter(query.get("tag"),
                        query.get("difficulty"), query.get("style"), "true".equals(query.get("unsolved")))));
            }
            case "/api/status" -> {
                requireMethod(method, "GET");
                Replies.json(exchange, 200, api.status());
            }
            case "/api/report" -> {
                requireMethod(method, "GET");
                Replies.json(exchange, 200, api.report());
            }
            case "/api/report.html" -> {
                requireMethod(method, "GET");
                // The report's own inline style, no script; shown framed inside the page.
                exchange.getResponseHeaders().set("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'");
                Replies.send(exchange, 200, "text/html; charset=utf-8",
                        api.reportHtml().getBytes(StandardCharsets.UTF_8));
            }
            case "/api/mock" -> {
                requireMethod(method, "POST");
                RequestBody body = RequestBody.read(exchange);
                Replies.json(exchange, 200, api.mock(body.text("style"), body.number("seed"), body.flag("force")));
            }
            default -> routeProblem(exchange, path, method, query);
        }
    }

    private void routeProblem(HttpExchange exchange, String path, String method, Map<String, String> query)
            throws Exception {
        Matcher matcher = PROBLEM.matcher(path);
        if (!matcher.matches()) {
            Replies.error(exchange, 404, "no such API route: " + oneLine(path));
            return;
        }
        String id = matcher.group(1);
        if (!api.hasProblem(id)) {
            Replies.error(exchange, 404, "unknown problem '" + oneLine(id) + "'; GET /api/problems lists the ids");
            return;
        }
        String action = matcher.group(2);
        if (action == null) {
            requireMethod(method, "GET");
            Replies.json(exchange, 200, api.show(id));
            return;
        }
        switch (action) {
            case "files" -> {
                if (method.equals("GET")) {
                    Replies.json(exchange, 200, filesJson(api.files(id)));
                } else {
                    requireMethod(method, "PUT");
                    Replies.json(exchange, 200, filesJson(api.save(id, requireFiles(RequestBody.read(exchange)))));
                }
            }
            case "start" -> {
                requireMethod(method, "POST");
                RequestBody body = RequestBody.read(exchange);
                Long minutes = body.number("minutes");
                Replies.json(exchange, 200, api.start(id, minutes == null ? null : Math.toIntExact(minutes),
                        body.text("style"), body.flag("force")));
            }
            case "run", "submit" -> {
                requireMethod(method, "POST");
                Map<String, String> files = RequestBody.read(exchange).files();
                PracticeApi.Judged judged = action.equals("run") ? api.run(id, files) : api.submit(id, files);
                exchange.getResponseHeaders().set(VERDICT_HEADER, judged.report().judgement().verdict().name());
                if ("text".equals(query.get("format"))) {
                    Replies.send(exchange, 200, "text/plain; charset=utf-8",
                            judged.text("true".equals(query.get("colour"))).getBytes(StandardCharsets.UTF_8));
                } else {
                    Replies.json(exchange, 200, judged.json());
                }
            }
            default -> Replies.error(exchange, 404, "no such API route: " + oneLine(path));
        }
    }

    private static Map<String, String> requireFiles(RequestBody body) {
        Map<String, String> files = body.files();
        if (files == null) {
            throw new BadInputException("the body needs \"files\": {\"Solution.java\": \"...\"}");
        }
        return files;
    }

    static ObjectNode filesJson(WorkspaceFiles.Snapshot snapshot) {
        ObjectNode root = DocumentJson.mapper().createObjectNode();
        root.put("folder", snapshot.folder());
        root.put("exists", snapshot.exists());
        root.put("modifiedMs", snapshot.modifiedMs());
        ObjectNode files = root.putObject("files");
        snapshot.files().forEach(files::put);
        return root;
    }

    private static void requireMethod(String method, String expected) {
        if (!method.equals(expected)) {
            throw new MethodNotAllowed(method, expected);
        }
    }

    /** 405, with the method the route takes. */
    static final class MethodNotAllowed extends BadInputException {
        MethodNotAllowed(String method, String expected) {
            super(method + " is not allowed here; use " + expected);
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return values;
        }
        for (String parameter : raw.split("&")) {
            String[] pair = parameter.split("=", 2);
            values.put(URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                    pair.length == 2 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ");
    }
}
