package dev.drilljudge.web;

import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The token and Host checks of `judge serve`, through a plain HTTP client and, for forged Host headers, a socket. */
class ServeAccessTest {
    @TempDir
    static Path temp;
    private static ServeFixture serve;

    @BeforeAll
    static void startServer() throws IOException {
        serve = ServeFixture.start(TestBanks.fixtureBank().root(), temp);
    }

    @AfterAll
    static void stopServer() {
        serve.close();
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        assertThat(InetAddress.getLoopbackAddress().getHostAddress()).isEqualTo("127.0.0.1");
        String status = rawRequest("GET /api/status HTTP/1.1", "127.0.0.1:" + serve.server.port(),
                "Authorization: Bearer " + serve.server.token());
        assertThat(status).startsWith("HTTP/1.1 200");
    }

    @Test
    void anApiRequestWithoutTheTokenIsRefused() throws Exception {
        HttpResponse<String> response = serve.http.send(HttpRequest.newBuilder(serve.uri("/api/problems")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ServeFixture.json(response).get("error").asString()).contains("token");
        assertThat(response.body()).doesNotContain("pair-sum");
    }

    @Test
    void aWrongTokenIsRefusedInEveryPlace() throws Exception {
        String wrong = "0".repeat(serve.server.token().length());
        assertThat(send(HttpRequest.newBuilder(serve.uri("/api/status")).header("Authorization", "Bearer " + wrong))
                .statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(serve.uri("/api/status?token=" + wrong))).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(serve.uri("/api/status"))
                .header("Cookie", "drill-judge-token-" + serve.server.port() + "=" + wrong)).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(serve.uri("/"))).statusCode()).isEqualTo(401);
    }

    @Test
    void theTokenWorksAsBearerQueryOrTheCookieThePrintedUrlSets() throws Exception {
        String token = serve.server.token();
        assertThat(send(HttpRequest.newBuilder(serve.uri("/api/status")).header("Authorization", "Bearer " + token))
                .statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(serve.uri("/api/status?token=" + token))).statusCode()).isEqualTo(200);

        HttpResponse<String> opened = send(HttpRequest.newBuilder(serve.server.url()));
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location")).hasValue("/");
        String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict")
                .startsWith("drill-judge-token-" + serve.server.port() + "=" + token + ";");

        String pair = cookie.substring(0, cookie.indexOf(';'));
        HttpResponse<String> page = send(HttpRequest.newBuilder(serve.uri("/")).header("Cookie", pair));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/static/app.js\"></script>");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(send(HttpRequest.newBuilder(serve.uri("/api/status")).header("Cookie", pair)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theHighlightingEditorComesFromTheWebJarAndOnlyItsThreeFiles() throws Exception {
        HttpResponse<String> core = serve.get("/static/codemirror/lib/codemirror.js");
        assertThat(core.statusCode()).isEqualTo(200);
        assertThat(core.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(core.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(core.body()).contains("CodeMirror.version = \"5.62.2\"");
        HttpResponse<String> java = serve.get("/static/codemirror/mode/clike/clike.js");
        assertThat(java.statusCode()).isEqualTo(200);
        assertThat(java.body()).contains("\"text/x-java\"");
        HttpResponse<String> style = serve.get("/static/codemirror/lib/codemirror.css");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");

        // The rest of the webjar (other modes, completion add-ons, its demo pages) is not served, nor any way out.
        assertThat(serve.get("/static/codemirror/addon/hint/show-hint.js").statusCode()).isEqualTo(404);
        assertThat(serve.get("/static/codemirror/mode/clike/index.html").statusCode()).isEqualTo(404);
        assertThat(serve.get("/static/codemirror/../../../META-INF/MANIFEST.MF").statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(serve.uri("/static/codemirror/lib/codemirror.js"))).statusCode())
                .isEqualTo(401);
    }

    @Test
    void thePageLoadsNothingFromTheInternet() throws Exception {
        for (String file : new String[] {"/", "/static/app.js", "/static/editor.js", "/static/app.css"}) {
            HttpResponse<String> response = serve.get(file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.body()).as(file).doesNotContain("http://").doesNotContain("https://")
                    .doesNotContain("src=\"//").doesNotContain("href=\"//");
        }
    }

    @Test
    void aForeignHostHeaderIsRefusedEvenWithTheToken() throws IOException {
        String bearer = "Authorization: Bearer " + serve.server.token();
        int port = serve.server.port();
        assertThat(rawRequest("GET /api/status HTTP/1.1", "attacker.example:" + port, bearer)).startsWith("HTTP/1.1 403");
        assertThat(rawRequest("GET /api/status HTTP/1.1", "127.0.0.1:" + (port + 1), bearer)).startsWith("HTTP/1.1 403");
        assertThat(rawRequest("GET /api/status HTTP/1.1", "127.0.0.1", bearer)).startsWith("HTTP/1.1 403");
        assertThat(rawRequest("GET /api/status HTTP/1.1", "localhost:" + port, bearer)).startsWith("HTTP/1.1 200");
    }

    @Test
    void aChangeFromAnotherOriginIsRefused() throws Exception {
        HttpResponse<String> response = send(serve.authorised("/api/problems/pair-sum/start")
                .header("Origin", "http://attacker.example").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Files.exists(serve.submissions.resolve("pair-sum"))).isFalse();
    }

    @Test
    void theAnnouncementForTheCommandLineIsPrivateToTheUser() throws IOException {
        Path file = ServeRegistration.file(serve.registry, serve.bank, serve.submissions);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(ServeRegistration.find(serve.registry, serve.bank, serve.submissions))
                .hasValueSatisfying(found -> {
                    assertThat(found.port()).isEqualTo(serve.server.port());
                    assertThat(found.token()).isEqualTo(serve.server.token());
                });
        assertThat(ServeRegistration.find(serve.registry, serve.bank, temp.resolve("elsewhere"))).isEmpty();
        try (var files = Files.list(serve.registry)) {
            assertThat(files.map(path -> path.getFileName().toString())).allMatch(name -> name.startsWith("serve-"))
                    .hasSize(1);
        }
        assertThat(Set.copyOf(Files.getPosixFilePermissions(serve.registry)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return serve.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** java.net.http will not send a Host header of our choosing, so a socket does. */
    private static String rawRequest(String requestLine, String host, String header) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), serve.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: " + host + "\r\n" + header + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
