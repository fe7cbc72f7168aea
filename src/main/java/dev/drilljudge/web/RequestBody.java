package dev.drilljudge.web;

import com.sun.net.httpserver.HttpExchange;
import dev.drilljudge.BadInputException;
import dev.drilljudge.report.DocumentJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request's JSON body, read up to a size limit. */
final class RequestBody {
    /** Twice the judge's 512 KiB source limit, for JSON escaping; larger bodies get 413. */
    static final int MAX_BYTES = 1024 * 1024;
    /** How much of an oversized body is read and dropped before the 413, so the client can read the answer. */
    static final long DRAIN_LIMIT = 8L * MAX_BYTES;

    private final JsonNode json;

    private RequestBody(JsonNode json) {
        this.json = json;
    }

    /** Thrown for a body over {@link #MAX_BYTES}: the route replies 413. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super("the request body is over " + MAX_BYTES / 1024 + " KiB");
        }
    }

    /**
     * Reads and drops what the client is still sending, up to {@link #DRAIN_LIMIT}, so it can finish writing and read
     * the 413: the server would otherwise close the connection under a client that is mid-body, and the client sees a
     * reset instead of the answer. A body larger than the limit is cut off there.
     */
    private static void drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            discard(in);
        }
    }

    private static void discard(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAIN_LIMIT;
        int read;
        while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= read;
        }
    }

    static RequestBody read(HttpExchange exchange) throws IOException, TooLarge {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw new BadInputException("Content-Length '" + declared + "' is not a number");
            }
            if (length > MAX_BYTES) {
                drain(exchange);
                throw new TooLarge();
            }
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                discard(in);
                throw new TooLarge();
            }
        }
        if (bytes.length == 0) {
            return new RequestBody(DocumentJson.mapper().createObjectNode());
        }
        try {
            JsonNode parsed = DocumentJson.mapper().readTree(bytes);
            if (parsed == null || !parsed.isObject()) {
                throw new BadInputException("the request body must be a JSON object");
            }
            return new RequestBody(parsed);
        } catch (JacksonException e) {
            throw new BadInputException("the request body is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** {"files": {"Solution.java": "..."}}, or null when the body has no "files". */
    Map<String, String> files() {
        JsonNode files = json.get("files");
        if (files == null || files.isNull()) {
            return null;
        }
        if (!files.isObject()) {
            throw new BadInputException("\"files\" must be an object of file name to source text");
        }
        Map<String, String> byName = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> file : files.properties()) {
            if (!file.getValue().isString()) {
                throw new BadInputException("\"files\"." + file.getKey() + " must be a string of source text");
            }
            byName.put(file.getKey(), file.getValue().asString());
        }
        WorkspaceFiles.validate(byName);
        return byName;
    }

    String text(String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new BadInputException("\"" + field + "\" must be a string");
        }
        return value.asString();
    }

    Long number(String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw new BadInputException("\"" + field + "\" must be a whole number");
        }
        return value.asLong();
    }

    boolean flag(String field) {
        JsonNode value = json.get(field);
        return value != null && value.asBoolean(false);
    }
}
