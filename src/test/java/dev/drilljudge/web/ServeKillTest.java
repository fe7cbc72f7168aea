package dev.drilljudge.web;

import dev.drilljudge.session.DrillService;
import dev.drilljudge.session.HistoryLog;
import dev.drilljudge.session.HistoryReader;
import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A real `judge serve` process killed with SIGKILL while submits are being judged and recorded. */
class ServeKillTest {
    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/\\?token=([0-9a-f]+)");

    @TempDir
    Path temp;

    @Test
    void killingTheServerMidSubmitLeavesNoTornHistoryLine() throws Exception {
        Path submissions = temp.resolve("submissions");
        Path state = temp.resolve("state");
        Path bank = TestBanks.fixtureBank().root();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.drilljudge.cli.Main", "serve", "--no-open",
                "--port", "0", "--problems", bank.toString(), "--submissions", submissions.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(ServeRegistration.STATE_VARIABLE, state.toString());
        builder.environment().put("DRILL_JUDGE_CACHE", "off");
        Process server = builder.start();
        List<ProcessHandle> workers = new ArrayList<>();
        try {
            Matcher url = awaitUrl(server);
            int port = Integer.parseInt(url.group(1));
            String token = url.group(2);
            HttpClient http = HttpClient.newHttpClient();
            assertThat(send(http, port, token, "/api/problems/pair-sum/start", "{}").statusCode()).isEqualTo(200);

            String accepted = Files.readString(bank.resolve("pair-sum/solutions/accepted/hash-map/Solution.java"));
            String body = ServeFixture.filesBody("Solution.java", accepted);
            for (int i = 0; i < 6; i++) {
                http.sendAsync(request(port, token, "/api/problems/pair-sum/submit", body),
                        HttpResponse.BodyHandlers.discarding());
            }
            // Wait (no sleeping on a clock) until two submits are recorded and the next ones are being judged.
            Path history = submissions.resolve(".judge/history.jsonl");
            while (HistoryReader.read(history).attempts().size() < 2) {
                assertThat(server.isAlive()).as("the server died on its own").isTrue();
                Thread.onSpinWait();
                Thread.sleep(20);
            }
            server.descendants().forEach(workers::add);
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            server.destroyForcibly();
            workers.forEach(ProcessHandle::destroyForcibly);
        }

        HistoryLog log = HistoryReader.readSubmissions(submissions);
        assertThat(log.skipped()).as("torn or unreadable history lines").isEmpty();
        assertThat(log.attempts().size()).isBetween(2, 6);
        String raw = Files.readString(submissions.resolve(".judge/history.jsonl"), StandardCharsets.UTF_8);
        assertThat(raw).endsWith("\n");
        assertThat(raw.lines().count()).isEqualTo(log.events().size());
        // drills.json is whole too: the state still loads, with the drill closed by the first accepted submit.
        assertThat(new DrillService(submissions, Clock.systemUTC()).view().state().openDrills()).isEmpty();
        // The announcement outlived the process, but names a dead process: nobody hands a job to it.
        assertThat(ServeRegistration.file(state, bank, submissions)).exists();
        assertThat(ServeRegistration.find(state, bank, submissions)).isEmpty();
    }

    private static Matcher awaitUrl(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher url = URL.matcher(line);
            if (url.find()) {
                return url;
            }
        }
        throw new AssertionError("judge serve printed no URL");
    }

    private static HttpRequest request(int port, String token, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> send(HttpClient http, int port, String token, String path, String body)
            throws Exception {
        return http.send(request(port, token, path, body), HttpResponse.BodyHandlers.ofString());
    }
}
