package dev.drilljudge.web;

import dev.drilljudge.readability.ReadabilityConfig;
import dev.drilljudge.report.DocumentJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A `judge serve` on a free port over a bank and a fresh submissions folder, with a client that has the token. */
final class ServeFixture implements AutoCloseable {
    final Path bank;
    final Path submissions;
    final Path registry;
    final PracticeServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServeFixture(Path bank, Path submissions, Path registry, PracticeServer server) {
        this.bank = bank;
        this.submissions = submissions;
        this.registry = registry;
        this.server = server;
    }

    static ServeFixture start(Path bank, Path temp) throws IOException {
        Path submissions = Files.createDirectories(temp.resolve("submissions"));
        Path registry = temp.resolve("state");
        PracticeServer server = PracticeServer.start(new ServeSettings(bank, submissions, ReadabilityConfig.defaults(),
                null, Optional.empty(), 0, Optional.of(registry)), Clock.systemUTC());
        return new ServeFixture(bank, submissions, registry, server);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(authorised(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(authorised(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + server.token());
    }

    static String filesBody(String fileName, String source) {
        ObjectNode body = DocumentJson.mapper().createObjectNode();
        body.set("files", DocumentJson.mapper().valueToTree(Map.of(fileName, source)));
        return DocumentJson.render(body);
    }

    static JsonNode json(HttpResponse<String> response) {
        return DocumentJson.mapper().readTree(response.body());
    }

    @Override
    public void close() {
        server.close();
    }
}
