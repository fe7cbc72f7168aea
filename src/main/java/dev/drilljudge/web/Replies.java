package dev.drilljudge.web;

import com.sun.net.httpserver.HttpExchange;
import dev.drilljudge.report.DocumentJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes responses: every one with the same no-cache, no-sniff and no-referrer headers. */
final class Replies {
    static final String JSON = "application/json; charset=utf-8";
    /** Scripts and styles only from this server; nothing fetched from anywhere else. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private Replies() {
    }

    static void json(HttpExchange exchange, int status, JsonNode document) throws IOException {
        send(exchange, status, JSON, DocumentJson.render(document).getBytes(StandardCharsets.UTF_8));
    }

    /** {"error": "...", "status": N}: what every refused or failed API request gets. */
    static void error(HttpExchange exchange, int status, String message) throws IOException {
        ObjectNode body = DocumentJson.mapper().createObjectNode();
        body.put("error", message);
        body.put("status", status);
        json(exchange, status, body);
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (!headers.containsKey("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", PAGE_POLICY);
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
