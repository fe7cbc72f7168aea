package dev.drilljudge.web;

import dev.drilljudge.session.HistoryEvent;
import dev.drilljudge.session.HistoryLog;
import dev.drilljudge.session.HistoryReader;
import dev.drilljudge.testing.TestBanks;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's answers to bad input, and its queue. */
class ServeApiTest {
    private static final String ACCEPTED = """
            import java.util.HashMap;
            import java.util.Map;

            class Solution {
                public int[] twoSum(int[] numbers, int target) {
                    Map<Integer, Integer> seen = new HashMap<>();
                    for (int index = 0; index < numbers.length; index++) {
                        Integer partner = seen.get(target - numbers[index]);
                        if (partner != null) {
                            return new int[] {partner, index};
                        }
                        seen.put(numbers[index], index);
                    }
                    return new int[0];
                }
            }
            """;

    @TempDir
    Path temp;
    private ServeFixture serve;

    @BeforeEach
    void startServer() throws IOException {
        serve = ServeFixture.start(TestBanks.fixtureBank().root(), temp);
    }

    @AfterEach
    void stopServer() {
        serve.close();
    }

    @Test
    void anUnknownProblemIs404Json() throws Exception {
        for (String path : List.of("/api/problems/no-such-problem", "/api/problems/..%2Fetc/files")) {
            HttpResponse<String> response = serve.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            assertThat(ServeFixture.json(response).get("status").asInt()).isEqualTo(404);
        }
        HttpResponse<String> submit = serve.post("/api/problems/no-such-problem/submit",
                ServeFixture.filesBody("Solution.java", ACCEPTED));
        assertThat(submit.statusCode()).isEqualTo(404);
        assertThat(ServeFixture.json(submit).get("error").asString())
                .isEqualTo("unknown problem 'no-such-problem'; GET /api/problems lists the ids");
        assertThat(serve.submissions.resolve("no-such-problem")).doesNotExist();
    }

    @Test
    void aBodyOverTheLimitIs413AndWritesNothing() throws Exception {
        String huge = "// " + "x".repeat(RequestBody.MAX_BYTES) + "\n" + ACCEPTED;
        HttpResponse<String> response = serve.post("/api/problems/pair-sum/submit",
                ServeFixture.filesBody("Solution.java", huge));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(ServeFixture.json(response).get("error").asString()).isEqualTo("the request body is over 1024 KiB");
        assertThat(serve.submissions.resolve("pair-sum")).doesNotExist();
    }

    @Test
    void fileNamesThatCouldLeaveTheFolderAreRefusedBeforeAnythingIsWritten() throws Exception {
        for (String name : List.of("../Escape.java", "nested/Solution.java", "Solution.txt", "..", ".hidden.java",
                "/tmp/Absolute.java")) {
            HttpResponse<String> response = serve.post("/api/problems/pair-sum/run",
                    ServeFixture.filesBody(name, ACCEPTED));
            assertThat(response.statusCode()).as(name).isEqualTo(400);
            assertThat(ServeFixture.json(response).get("error").asString()).as(name).contains("is not allowed");
        }
        assertThat(serve.submissions.resolve("pair-sum")).doesNotExist();
        assertThat(temp.resolve("Escape.java")).doesNotExist();
    }

    @Test
    void malformedRequestsGetOneLine400s() throws Exception {
        HttpResponse<String> notJson = serve.post("/api/problems/pair-sum/run", "{\"files\":");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(ServeFixture.json(notJson).get("error").asString()).startsWith("the request body is not valid JSON");
        HttpResponse<String> wrongMethod = serve.get("/api/problems/pair-sum/submit");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        HttpResponse<String> badStyle = serve.post("/api/problems/pair-sum/start", "{\"style\": \"google\"}");
        assertThat(badStyle.statusCode()).isEqualTo(400);
        assertThat(ServeFixture.json(badStyle).get("error").asString())
                .isEqualTo("--style must be meta, amazon or both, not 'google'");
    }

    @Test
    void savingWritesTheFilesAndAChangeOnDiskShowsInTheApi() throws Exception {
        HttpResponse<String> before = serve.get("/api/problems/pair-sum/files");
        JsonNode starter = ServeFixture.json(before);
        assertThat(starter.get("exists").asBoolean()).isFalse();
        assertThat(starter.get("files").get("Solution.java").asString()).contains("return new int[0];");

        HttpResponse<String> saved = serve.http.send(serve.authorised("/api/problems/pair-sum/files")
                .PUT(HttpRequest.BodyPublishers.ofString(ServeFixture.filesBody("Solution.java", ACCEPTED))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).isEqualTo(200);
        Path file = serve.submissions.resolve("pair-sum").resolve("Solution.java");
        assertThat(file).hasContent(ACCEPTED);

        Files.writeString(file, "class Solution {}\n");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                ServeFixture.json(saved).get("modifiedMs").asLong() + 5_000));
        JsonNode after = ServeFixture.json(serve.get("/api/problems/pair-sum/files"));
        assertThat(after.get("files").get("Solution.java").asString()).isEqualTo("class Solution {}\n");
        assertThat(after.get("modifiedMs").asLong()).isGreaterThan(ServeFixture.json(saved).get("modifiedMs").asLong());
    }

    @Test
    void concurrentSubmitsAreQueuedNotDropped() throws Exception {
        String body = ServeFixture.filesBody("Solution.java", ACCEPTED);
        List<CompletableFuture<HttpResponse<String>>> pending = IntStream.range(0, 3)
                .mapToObj(i -> serve.http.sendAsync(serve.authorised("/api/problems/pair-sum/submit")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
        for (CompletableFuture<HttpResponse<String>> response : pending) {
            assertThat(response.join().statusCode()).isEqualTo(200);
            assertThat(ServeFixture.json(response.join()).get("verdict").asString()).isEqualTo("ACCEPTED");
        }
        HistoryLog history = HistoryReader.readSubmissions(serve.submissions);
        assertThat(history.skipped()).isEmpty();
        assertThat(history.attempts()).hasSize(3)
                .allSatisfy(attempt -> assertThat(attempt.verdict()).isEqualTo(Verdict.ACCEPTED))
                .extracting(HistoryEvent.AttemptRecorded::problem).containsOnly("pair-sum");
        assertThat(serve.server.jobsJudged()).isEqualTo(3);
    }
}
