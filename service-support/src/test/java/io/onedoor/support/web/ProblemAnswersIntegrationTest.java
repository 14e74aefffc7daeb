package io.onedoor.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.onedoor.testsupport.RawHttp;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small servlet app with service-support's web plumbing, called byte for byte on its port: every
 * refusal, whoever decides it (Tomcat, Spring Security's firewall, Spring MVC, the body limit, the
 * spec's parameters), is a problem with the platform's type and the request id.
 */
@SpringBootTest(
        classes = ProblemAnswersIntegrationTest.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "onedoor.access.documents[0]=openapi/problem-answers-app.yaml",
            "onedoor.tenancy.hibernate=none",
            "onedoor.web.body-limit.default-max=64KB",
            "onedoor.web.body-limit.paths[0].pattern=/api/v1/uploads",
            "onedoor.web.body-limit.paths[0].max=2MB",
            "spring.mvc.problemdetails.enabled=false",
            "spring.jackson.deserialization.fail-on-unknown-properties=true",
            "spring.autoconfigure.exclude="
                    + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                    + "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
                    + "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration,"
                    + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"
        })
class ProblemAnswersIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void anUndeclaredQueryParameterIsRefusedByName() throws Exception {
        RawHttp.Response refused = get("/api/v1/things?color=RED&status=CLOSED&limit=5");

        JsonNode problem = problem(refused, 400, "validation");
        assertThat(problem.path("errors")).hasSize(1);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("status");
        assertThat(problem.path("errors").get(0).path("message").asString())
                .contains("color")
                .contains("limit");
        // Declared ones, on the path item or the operation, pass.
        assertThat(get("/api/v1/things?color=RED&limit=5").status()).isEqualTo(200);
    }

    @Test
    void anEnumQueryParameterOutsideItsListNamesTheValuesItAccepts() throws Exception {
        JsonNode problem = problem(get("/api/v1/things?color=PURPLE"), 400, "validation");

        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("color");
        assertThat(error.path("allowedValues").valueStream().map(JsonNode::asString))
                .containsExactly("RED", "GREEN");
        assertThat(problem.path("detail").asString()).contains("RED, GREEN");
    }

    @Test
    void anEnumInTheBodyOutsideItsListNamesTheValuesItAccepts() throws Exception {
        // A plain enum (Jackson's own refusal) and one with a factory, as the generator writes them.
        for (String body : List.of("{\"color\":\"PURPLE\"}", "{\"shade\":\"PURPLE\"}")) {
            JsonNode problem = problem(post("/api/v1/things", "application/json", body), 400, "validation");
            JsonNode error = problem.path("errors").get(0);
            assertThat(error.path("field").asString()).isIn("color", "shade");
            assertThat(error.path("allowedValues").valueStream().map(JsonNode::asString))
                    .as(body)
                    .isNotEmpty()
                    .allSatisfy(value -> assertThat(value).isIn("RED", "GREEN", "light", "dark"));
        }
        assertThat(post("/api/v1/things", "application/json", "{\"color\":\"RED\",\"shade\":\"dark\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsSent() throws Exception {
        RawHttp http = new RawHttp("127.0.0.1", port);
        // Five megabytes announced, none sent: only a refusal by the length can answer.
        RawHttp.Response refused =
                http.send("POST /api/v1/things HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + 5 * 1024 * 1024);

        problem(refused, 413, "content-too-large");
    }

    @Test
    void aStreamedBodyIsRefusedOnceItPassesTheLimitWithoutWaitingForItsEnd() throws Exception {
        RawHttp http = new RawHttp("127.0.0.1", port);

        RawHttp.Response refused = http.sendUnendingChunks(
                "POST /api/v1/things HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json",
                8 * 1024,
                128 * 1024);

        problem(refused, 413, "content-too-large");
    }

    @Test
    void anUploadPathTakesItsLargerLimitAndNoMore() throws Exception {
        RawHttp http = new RawHttp("127.0.0.1", port);
        byte[] oneMegabyte = new byte[1024 * 1024];
        RawHttp.Response taken = http.send(
                "POST /api/v1/uploads HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
                        + "Content-Length: " + oneMegabyte.length,
                oneMegabyte);
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.body()).isEqualTo(Integer.toString(oneMegabyte.length));

        // The handler reads the stream itself and wraps what fails; the answer is still a 413.
        RawHttp.Response refused = http.sendUnendingChunks(
                "POST /api/v1/uploads HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream",
                64 * 1024,
                3L * 1024 * 1024);
        problem(refused, 413, "content-too-large");
    }

    @Test
    void whatSpringMvcRefusesItselfIsATypedProblemWithTheRequestId() throws Exception {
        RawHttp http = new RawHttp("127.0.0.1", port);
        Map<String, String> refusals = Map.of(
                "DELETE /api/v1/things HTTP/1.1\r\nHost: localhost", "method-not-allowed",
                "GET /api/v1/things HTTP/1.1\r\nHost: localhost\r\nAccept: text/csv", "not-acceptable",
                "POST /api/v1/things HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 1",
                        "unsupported-media-type",
                "GET /nothing/here HTTP/1.1\r\nHost: localhost", "not-found");
        Map<String, Integer> statuses = Map.of(
                "method-not-allowed", 405, "not-acceptable", 406, "unsupported-media-type", 415, "not-found", 404);
        for (var refusal : refusals.entrySet()) {
            byte[] body = refusal.getKey().contains("Content-Length: 1") ? new byte[] {'x'} : new byte[0];
            JsonNode problem =
                    problem(http.send(refusal.getKey(), body), statuses.get(refusal.getValue()), refusal.getValue());
            assertThat(problem.path("detail").asString()).doesNotContain("nothing/here");
        }
    }

    @Test
    void malformedPathsAreAnsweredWithProblemsWhoeverRefusesThem() throws Exception {
        RawHttp http = new RawHttp("127.0.0.1", port);
        for (String path : List.of(
                "//api/v1/things",
                "/api/v1/..;/api/v1/things",
                "/api/v1/things;x=y",
                "/api/v1%2fthings",
                "/api/v1/things%00",
                "/api/v1/%2e%2e/v1/things",
                "/api/v1\\things",
                "/api/v1/%5cthings",
                "/api/v1/%zz")) {
            RawHttp.Response answer = http.send("GET " + path + " HTTP/1.1\r\nHost: localhost");
            assertThat(answer.status()).as(path).isIn(400, 404);
            problem(answer, answer.status(), answer.status() == 400 ? "bad-request" : "not-found");
        }
    }

    @Test
    void whatTomcatRefusesWhileParsingTheRequestIsAProblem() throws Exception {
        RawHttp http = new RawHttp("127.0.0.1", port);
        // Over the container's header size: refused before any filter or servlet runs.
        RawHttp.Response answer =
                http.send("GET /api/v1/things HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(20_000));

        assertThat(answer.status()).isEqualTo(400);
        problem(answer, 400, "bad-request");
    }

    @Test
    void theErrorPageAnswersAProblemWithTheRequestsId() throws Exception {
        RawHttp http = new RawHttp("127.0.0.1", port);
        RawHttp.Response answer = http.send(
                "GET /api/v1/unavailable HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: gateway-id-0001\r\nAccept: text/html");

        JsonNode problem = problem(answer, 503, "service-unavailable");
        assertThat(problem.path("requestId").asString()).isEqualTo("gateway-id-0001");
    }

    // ---- the app and its calls ---------------------------------------------------------------------

    private RawHttp.Response get(String target) throws IOException {
        return new RawHttp("127.0.0.1", port).send("GET " + target + " HTTP/1.1\r\nHost: localhost");
    }

    private RawHttp.Response post(String target, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new RawHttp("127.0.0.1", port)
                .send(
                        "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
                                + "\r\nContent-Length: " + bytes.length,
                        bytes);
    }

    /** Asserts the answer is the problem of that status and kind with the answer's request id. */
    private static JsonNode problem(RawHttp.Response answer, int status, String kind) {
        JsonNode problem = answer.problem(status);
        assertThat(problem.path("type").asString()).isEqualTo("https://onedoor.io/problems/" + kind);
        return problem;
    }

    enum Color {
        RED,
        GREEN
    }

    /** As OpenAPI Generator writes an enum: wire values apart from names, a factory that throws. */
    enum Shade {
        LIGHT("light"),
        DARK("dark");

        private final String value;

        Shade(String value) {
            this.value = value;
        }

        @JsonCreator
        static Shade fromValue(String value) {
            for (Shade shade : values()) {
                if (shade.value.equals(value)) {
                    return shade;
                }
            }
            throw new IllegalArgumentException("Unexpected value '" + value + "'");
        }

        @Override
        public String toString() {
            return value;
        }
    }

    record Thing(@Nullable Color color, @Nullable Shade shade) {}

    @SpringBootApplication
    static class App {

        /**
         * Every request comes from one verified caller: what is tested here is how refusals are
         * answered, not how tokens are checked (the services' own tests do that).
         */
        @Bean
        SecurityFilterChain open(HttpSecurity http) throws Exception {
            Jwt caller = Jwt.withTokenValue("test")
                    .header("alg", "RS256")
                    .subject("tester")
                    .claim("client_id", "tester")
                    .claim("roles", List.of("STAFF"))
                    .build();
            OncePerRequestFilter authenticated = new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(
                        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(caller));
                    chain.doFilter(request, response);
                }
            };
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .addFilterAfter(authenticated, SecurityContextHolderFilter.class)
                    .csrf(AbstractHttpConfigurer::disable)
                    .build();
        }

        @Bean
        Things things() {
            return new Things();
        }
    }

    @RestController
    static class Things {

        @GetMapping(path = "/api/v1/things", produces = "application/json")
        Map<String, String> list(
                @RequestParam(name = "color", required = false) @Nullable Color color,
                @RequestParam(name = "limit", required = false) @Nullable Integer limit) {
            return Map.of("color", String.valueOf(color));
        }

        @PostMapping(path = "/api/v1/things", consumes = "application/json")
        Thing make(@RequestBody Thing thing) {
            return thing;
        }

        @PostMapping("/api/v1/uploads")
        String upload(HttpServletRequest request) {
            try {
                return Integer.toString(request.getInputStream().readAllBytes().length);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the upload", e);
            }
        }

        @GetMapping("/api/v1/unavailable")
        void unavailable(HttpServletResponse response) throws IOException {
            response.sendError(503);
        }
    }
}
