package dev.drilljudge.web;

import dev.drilljudge.report.DocumentJson;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The command line's side of handing a `run` or `submit` to a running `judge serve` over loopback. Any failure
 * (refused connection, a server that went away, an unexpected reply) is "no reply": the command then judges on its
 * own, silently, so the hand-over can only ever make a command faster, never break it.
 * <p>
 * HttpURLConnection rather than java.net.http.HttpClient: it starts no selector thread, which matters in a JVM
 * that lives for one command.
 */
public final class ServeClient {
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    /** Generous: the job may wait in the server's queue behind others. */
    private static final Duration REPLY_TIMEOUT = Duration.ofMinutes(10);

    private ServeClient() {
    }

    /** The server's reply: the verdict (for the exit code) and the document or text to print. */
    public record Reply(String verdict, String body) {
    }

    /**
     * @param action "run" or "submit"
     * @param text   the text report (coloured or not) instead of the JSON document
     */
    public static Optional<Reply> judge(ServeRegistration server, String problemId, String action,
                                        Map<String, String> files, boolean text, boolean colour) {
        String query = text ? "?format=text&colour=" + colour : "";
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/problems/"
                + URLEncoder.encode(problemId, StandardCharsets.UTF_8).replace("+", "%20") + "/" + action + query);
        ObjectNode body = DocumentJson.mapper().createObjectNode();
        ObjectNode fileNodes = body.putObject("files");
        files.forEach(fileNodes::put);
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) REPLY_TIMEOUT.toMillis());
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Authorization", "Bearer " + server.token());
            connection.setRequestProperty("Content-Type", "application/json");
            byte[] json = DocumentJson.mapper().writeValueAsBytes(body);
            connection.setFixedLengthStreamingMode(json.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(json);
            }
            if (connection.getResponseCode() != 200) {
                connection.disconnect();
                return Optional.empty();
            }
            String verdict = connection.getHeaderField(ApiRoutes.VERDICT_HEADER);
            String reply;
            try (InputStream in = connection.getInputStream()) {
                reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return verdict == null ? Optional.empty() : Optional.of(new Reply(verdict, reply));
        } catch (IOException | RuntimeException noServer) {
            return Optional.empty();
        }
    }
}
