package io.onedoor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./onedoor token} as a newcomer meets it: usage when asked, one clear line when it cannot help. */
class TokenCommandUnitTest {

    @TempDir
    Path state;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private HttpServer gateway;

    @AfterEach
    void stopGateway() {
        if (gateway != null) {
            gateway.stop(0);
        }
    }

    @Test
    void printsUsageWhenAskedForHelpAndWhenGivenNothing() {
        assertThat(token(Map.of(), "--help")).isZero();
        assertThat(out()).contains("usage: ./onedoor token <username>@<center>").contains("demo-credentials");
        assertThat(token(Map.of(), "-h")).isZero();

        assertThat(token(Map.of())).isEqualTo(2);
        assertThat(err()).contains("usage: ./onedoor token");
    }

    @Test
    void refusesALoginThatIsNotUsernameAtCenter() {
        assertThat(token(Map.of(), "staff")).isEqualTo(2);

        assertThat(err()).contains("a login is <username>@<center> or <username>@<province>, e.g. staff@nm-jarud");
        assertNoStackTrace();
    }

    @Test
    void refusesAnAccountTheDemoDidNotMakeInOneLineWithoutMakingUpAPassword() throws IOException {
        assertThat(token(Map.of(), "nobody@nm-jarud")).isEqualTo(2);

        assertThat(err().lines()).singleElement().asString().contains("no demo account nobody@nm-jarud");
        assertNoStackTrace();
        assertThat(DemoCredentials.in(state).knownPassword("nobody@nm-jarud")).isEmpty();
    }

    @Test
    void saysThePlatformIsNotRunningWhenNothingAnswers() throws IOException {
        DemoCredentials.in(state).password("staff@nm-jarud");
        int silentPort = FreePorts.next();

        assertThat(token(Map.of("ONEDOOR_GATEWAY_PORT", Integer.toString(silentPort)), "staff@nm-jarud"))
                .isEqualTo(2);

        assertThat(err().lines())
                .singleElement()
                .asString()
                .contains("does not answer at http://127.0.0.1:" + silentPort)
                .contains("./onedoor demo");
        assertNoStackTrace();
    }

    @Test
    void saysTheLoginWasRefusedWhenThePasswordIsWrong() throws IOException {
        DemoCredentials.in(state).password("staff@nm-jarud");
        startGateway();

        assertThat(token(gatewayPort(), "staff@nm-jarud")).isEqualTo(2);

        assertThat(err().lines()).singleElement().asString().contains("login refused for staff@nm-jarud");
        assertThat(out()).isEmpty();
        assertNoStackTrace();
    }

    @Test
    void printsADemoClientsTokenAndRefusesAWrongSecretInOneLine() throws IOException {
        DemoCredentials.in(state).client("hotline-nm-jarud", "hotline-id", "right-secret");
        DemoCredentials.in(state).client("hotline-nm-horqin", "hotline-id", "wrong-secret");
        startGateway();

        assertThat(token(gatewayPort(), "--client", "hotline-nm-jarud")).isZero();
        assertThat(out().strip()).isEqualTo("token-for-hotline-id");

        assertThat(token(gatewayPort(), "--client", "hotline-nm-horqin")).isEqualTo(2);
        assertThat(err().lines()).singleElement().asString().contains("refused the client");
        assertNoStackTrace();
    }

    private int token(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        return new TokenCommand(
                        state,
                        env,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void assertNoStackTrace() {
        assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Map<String, String> gatewayPort() {
        return Map.of(
                "ONEDOOR_GATEWAY_PORT", Integer.toString(gateway.getAddress().getPort()));
    }

    /**
     * A stand-in for the gateway's sign-in doors: the login form refuses every password, the
     * token endpoint knows one client.
     */
    private void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/oauth2/authorize", exchange -> redirect(exchange, "/login"));
        gateway.createContext("/login", exchange -> {
            if (exchange.getRequestMethod().equals("POST")) {
                redirect(exchange, "/login?error");
            } else {
                answer(exchange, 200, "<input type=\"hidden\" name=\"_csrf\" value=\"c5rf\"/>");
            }
        });
        String known = "Basic "
                + Base64.getEncoder().encodeToString("hotline-id:right-secret".getBytes(StandardCharsets.UTF_8));
        gateway.createContext("/oauth2/token", exchange -> {
            if (known.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 200, "{\"access_token\":\"token-for-hotline-id\",\"token_type\":\"Bearer\"}");
            } else {
                answer(exchange, 401, "{\"error\":\"invalid_client\"}");
            }
        });
        gateway.start();
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
