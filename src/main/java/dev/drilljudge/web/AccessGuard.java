package dev.drilljudge.web;

import com.sun.net.httpserver.HttpExchange;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may use the server, checked on every request before anything else, as Jupyter does:
 * <ul>
 *   <li>the {@code Host} header must be {@code 127.0.0.1:PORT} or {@code localhost:PORT}, so a page on another
 *   site cannot reach the server by pointing its own host name at 127.0.0.1 (DNS rebinding);</li>
 *   <li>the request must carry the per-run token: {@code ?token=}, {@code Authorization: Bearer}, or the cookie
 *   set when the printed URL was opened (SameSite=Strict and HttpOnly, so other sites' pages never send it and
 *   the page's scripts never see it);</li>
 *   <li>a request that changes anything must not come from another origin: a present {@code Origin} header must
 *   be this server's.</li>
 * </ul>
 * The token is compared in constant time.
 */
final class AccessGuard {
    private static final int TOKEN_BYTES = 24;

    private final String token;
    private final int port;

    AccessGuard(String token, int port) {
        this.token = token;
        this.port = port;
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    String token() {
        return token;
    }

    String cookieName() {
        return "drill-judge-token-" + port;
    }

    /** The Set-Cookie value that lets the page's own requests through after it was opened with the token. */
    String sessionCookie() {
        return cookieName() + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /** What is wrong with the request, or empty when it may go on. */
    enum Refusal {
        BAD_HOST, NO_TOKEN, FOREIGN_ORIGIN
    }

    Optional<Refusal> check(HttpExchange exchange) {
        if (!allowedHost(exchange.getRequestHeaders().getFirst("Host"))) {
            return Optional.of(Refusal.BAD_HOST);
        }
        if (!hasToken(exchange)) {
            return Optional.of(Refusal.NO_TOKEN);
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        boolean changes = !exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD");
        if (changes && origin != null && !allowedOrigin(origin)) {
            return Optional.of(Refusal.FOREIGN_ORIGIN);
        }
        return Optional.empty();
    }

    boolean allowedHost(String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("127.0.0.1:" + port) || lower.equals("localhost:" + port);
    }

    private boolean allowedOrigin(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        return lower.equals("http://127.0.0.1:" + port) || lower.equals("http://localhost:" + port);
    }

    /** True when the query string carries the right token (the printed URL). */
    boolean tokenInQuery(URI uri) {
        return queryToken(uri).filter(this::matches).isPresent();
    }

    private boolean hasToken(HttpExchange exchange) {
        if (tokenInQuery(exchange.getRequestURI())) {
            return true;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && matches(authorization.substring(7).trim())) {
            return true;
        }
        List<String> cookies = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
        for (String header : cookies) {
            for (String cookie : header.split(";")) {
                String[] pair = cookie.trim().split("=", 2);
                if (pair.length == 2 && pair[0].equals(cookieName()) && matches(pair[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<String> queryToken(URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("token=")) {
                return Optional.of(URLDecoder.decode(parameter.substring(6), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private boolean matches(String candidate) {
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
