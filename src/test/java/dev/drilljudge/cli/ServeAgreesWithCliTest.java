package dev.drilljudge.cli;

import dev.drilljudge.readability.ReadabilityConfig;
import dev.drilljudge.report.DocumentJson;
import dev.drilljudge.testing.TestBanks;
import dev.drilljudge.web.PracticeServer;
import dev.drilljudge.web.ServeSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page and the command line are one model: the API returns the documents the commands print with
 * --format json, judges hostile code to the same verdict, and `run`/`submit` hand their jobs to a running server.
 */
class ServeAgreesWithCliTest {
    private static final String BANK = TestBanks.fixtureBank().root().toString();

    @TempDir
    Path temp;
    private Path submissions;
    private Path registry;
    private PracticeServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private Supplier<Optional<Path>> originalRegistry;

    @BeforeEach
    void startServer() throws Exception {
        submissions = Files.createDirectories(temp.resolve("submissions"));
        registry = temp.resolve("state");
        server = PracticeServer.start(new ServeSettings(Path.of(BANK), submissions, ReadabilityConfig.defaults(), null,
                Optional.empty(), 0, Optional.of(registry)), Clock.systemUTC());
        originalRegistry = ServeHandoff.registry;
        ServeHandoff.registry = () -> Optional.of(registry);
    }

    @AfterEach
    void stopServer() {
        ServeHandoff.registry = originalRegistry;
        server.close();
    }

    @Test
    void theApiReturnsTheCommandLinesJsonDocuments() throws Exception {
        CliRunner.Result started = CliRunner.run("start", "pair-sum", "--problems", BANK, "--submissions",
                submissions.toString(), "--format", "json");
        assertThat(started.exitCode()).isZero();
        assertThat(json(started.out()).get("drill").get("problem").asString()).isEqualTo("pair-sum");

        assertSameDocument("/api/problems", "list", "--problems", BANK, "--submissions", submissions.toString(),
                "--format", "json");
        assertSameDocument("/api/problems?difficulty=easy&tag=hashing", "list", "--difficulty", "easy", "--tag",
                "hashing", "--problems", BANK, "--submissions", submissions.toString(), "--format", "json");
        assertSameDocument("/api/problems/pair-sum", "show", "pair-sum", "--problems", BANK, "--submissions",
                submissions.toString(), "--format", "json");
        assertSameDocument("/api/report", "report", "--problems", BANK, "--submissions", submissions.toString(),
                "--format", "json");

        JsonNode apiStatus = get("/api/status");
        JsonNode cliStatus = json(CliRunner.run("status", "--submissions", submissions.toString(), "--format", "json")
                .out());
        assertThat(withoutClock(apiStatus)).isEqualTo(withoutClock(cliStatus));
        assertThat(apiStatus.get("drills").get(0).get("startedAt"))
                .isEqualTo(cliStatus.get("drills").get(0).get("startedAt"));
    }

    @Test
    void aMockRoundFromThePageIsTheOneTheCommandStartsForTheSameSeed() throws Exception {
        CliRunner.Result cli = CliRunner.run("mock", "--style", "amazon", "--seed", "3", "--problems", BANK,
                "--submissions", temp.resolve("cli-mock").toString(), "--format", "json");
        assertThat(cli.exitCode()).isZero();
        HttpResponse<String> api = post("/api/mock", "{\"style\": \"amazon\", \"seed\": 3}");
        assertThat(api.statusCode()).isEqualTo(200);
        JsonNode fromApi = json(api.body());
        JsonNode fromCli = json(cli.out());
        assertThat(fromApi.get("round").get("problems")).isEqualTo(fromCli.get("round").get("problems"));
        assertThat(fromApi.get("round").get("style").asString()).isEqualTo("amazon");
        assertThat(fromApi.get("round").get("durationSeconds").asLong()).isEqualTo(45 * 60);
        String problem = fromApi.get("round").get("problems").get(0).asString();
        assertThat(submissions.resolve(problem)).isDirectory();

        // A second start shows the open round rather than opening another, like `judge mock`.
        JsonNode again = json(post("/api/mock", "{\"style\": \"amazon\", \"seed\": 4}").body());
        assertThat(again.get("round").get("id")).isEqualTo(fromApi.get("round").get("id"));
        assertThat(get("/api/status").get("round").get("id")).isEqualTo(fromApi.get("round").get("id"));
    }

    @Test
    void aSubmissionThatBreaksTheSandboxGetsTheCommandLinesVerdict() throws Exception {
        for (String attack : new String[] {"system-exit", "infinite-loop", "read-problem-folder", "syntax-error"}) {
            Path source = TestBanks.projectRoot().resolve("src/test/resources/hostile").resolve(attack)
                    .resolve("Solution.java");
            CliRunner.Result cli = CliRunner.run("submit", "pair-sum", source.toString(), "--problems", BANK,
                    "--submissions", temp.resolve("cli-" + attack).toString(), "--no-daemon", "--format", "json");
            HttpResponse<String> api = post("/api/problems/pair-sum/submit", filesBody(Files.readString(source)));
            assertThat(api.statusCode()).isEqualTo(200);
            JsonNode fromCli = json(cli.out());
            JsonNode fromApi = json(api.body());
            assertThat(fromApi.get("verdict")).as(attack).isEqualTo(fromCli.get("verdict"));
            assertThat(fromApi.get("headline")).as(attack).isEqualTo(fromCli.get("headline"));
            assertThat(fromApi.get("tests")).as(attack).isEqualTo(fromCli.get("tests"));
            assertThat(fromApi.get("diagnostics")).as(attack).isEqualTo(fromCli.get("diagnostics"));
        }
    }

    @Test
    void submitHandsItsJobToTheRunningServerUnlessToldNotTo() throws Exception {
        Path folder = Files.createDirectories(submissions.resolve("pair-sum"));
        Files.copy(TestBanks.projectRoot().resolve("src/test/resources/bank/pair-sum/solutions/accepted/hash-map")
                .resolve("Solution.java"), folder.resolve("Solution.java"));

        CliRunner.Result handedOver = CliRunner.run("submit", "pair-sum", "--problems", BANK, "--submissions",
                submissions.toString(), "--format", "json");
        assertThat(handedOver.exitCode()).isZero();
        assertThat(server.jobsJudged()).isEqualTo(1);
        assertThat(json(handedOver.out()).get("verdict").asString()).isEqualTo("ACCEPTED");
        assertThat(json(handedOver.out()).get("scores").get("meta").get("total").asInt()).isPositive();

        CliRunner.Result text = CliRunner.run("run", "pair-sum", "--problems", BANK, "--submissions",
                submissions.toString());
        assertThat(text.exitCode()).isZero();
        assertThat(server.jobsJudged()).isEqualTo(2);
        assertThat(text.out()).contains("2/2");

        CliRunner.Result alone = CliRunner.run("submit", "pair-sum", "--problems", BANK, "--submissions",
                submissions.toString(), "--format", "json", "--no-daemon");
        assertThat(alone.exitCode()).isZero();
        assertThat(server.jobsJudged()).isEqualTo(2);
        assertThat(withoutTimings(json(alone.out()))).isEqualTo(withoutTimings(json(handedOver.out())));
    }

    @Test
    void withTheServerGoneTheCommandJudgesOnItsOwn() throws Exception {
        Path folder = Files.createDirectories(submissions.resolve("pair-sum"));
        Files.copy(TestBanks.projectRoot().resolve("src/test/resources/bank/pair-sum/solutions/wrong/first-pair-only")
                .resolve("Solution.java"), folder.resolve("Solution.java"));
        server.close();

        CliRunner.Result result = CliRunner.run("submit", "pair-sum", "--problems", BANK, "--submissions",
                submissions.toString(), "--format", "json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(result.err()).isEmpty();
        assertThat(json(result.out()).get("verdict").asString()).isEqualTo("WRONG_ANSWER");
    }

    private void assertSameDocument(String apiPath, String... command) throws Exception {
        CliRunner.Result cli = CliRunner.run(command);
        assertThat(cli.exitCode()).as(String.join(" ", command)).isZero();
        assertThat(get(apiPath)).as(apiPath).isEqualTo(json(cli.out()));
    }

    private static JsonNode withoutClock(JsonNode status) {
        ObjectNode copy = (ObjectNode) status.deepCopy();
        copy.remove("now");
        copy.get("drills").forEach(drill -> {
            ((ObjectNode) drill).remove("elapsedSeconds");
            ((ObjectNode) drill).remove("remainingSeconds");
        });
        return copy;
    }

    private static JsonNode withoutTimings(JsonNode report) {
        ObjectNode copy = (ObjectNode) report.deepCopy();
        copy.remove("timings");
        copy.get("results").forEach(result -> ((ObjectNode) result).remove(List.of("timeMs", "cpuMs")));
        ((ObjectNode) copy.get("scores")).remove("meta");
        ((ObjectNode) copy.get("scores")).remove("overall");
        copy.remove("debrief");
        return copy;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json(response.body());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + server.token());
    }

    private static String filesBody(String source) {
        ObjectNode body = DocumentJson.mapper().createObjectNode();
        body.set("files", DocumentJson.mapper().valueToTree(Map.of("Solution.java", source)));
        return DocumentJson.render(body);
    }

    private static JsonNode json(String text) {
        return DocumentJson.mapper().readTree(text);
    }
}
