package io.onedoor.gateway.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The console's single page, for {@code /} and every path under {@code /console/} (the console
 * routes in the browser, so a reload or a bookmark of any of its pages gets the same page). Read
 * once at startup with its brotli and gzip copies; sent in the encoding the browser accepts,
 * never cached (its assets' names change with their content, and are cached for a year), with a
 * content security policy that admits only the platform's own scripts and connections.
 */
@Configuration(proxyBeanMethods = false)
class ConsolePage {

    static final String LOCATION = "onedoor-console/";

    /**
     * Ant Design writes its styles at run time (style-src 'unsafe-inline'); attachments are shown
     * from blob: URLs; nothing may frame the console.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self';"
            + " frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Bean
    RouterFunction<ServerResponse> consolePageRoutes() {
        Variants page = Variants.read();
        if (page == null) {
            return RouterFunctions.route()
                    .GET("/", request -> ServerResponse.notFound().build())
                    .build();
        }
        return RouterFunctions.route()
                .GET("/", request -> page.send(request))
                .GET("/console", request -> page.send(request))
                .GET("/console/**", request -> page.send(request))
                .build();
    }

    /** index.html as built, and its precompressed copies. */
    record Variants(byte[] plain, byte @Nullable [] brotli, byte @Nullable [] gzip) {

        static @Nullable Variants read() {
            byte[] plain = bytes("index.html");
            return plain == null ? null : new Variants(plain, bytes("index.html.br"), bytes("index.html.gz"));
        }

        Mono<ServerResponse> send(ServerRequest request) {
            List<String> accepted = request.headers().header(HttpHeaders.ACCEPT_ENCODING).stream()
                    .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                    .map(token -> token.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT))
                    .toList();
            ServerResponse.BodyBuilder response = ServerResponse.ok()
                    .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                    .cacheControl(CacheControl.noCache())
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                    .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer");
            if (brotli != null && accepted.contains("br")) {
                return response.header(HttpHeaders.CONTENT_ENCODING, "br").bodyValue(brotli);
            }
            if (gzip != null && accepted.contains("gzip")) {
                return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").bodyValue(gzip);
            }
            return response.bodyValue(plain);
        }

        private static byte @Nullable [] bytes(String name) {
            ClassPathResource resource = new ClassPathResource(LOCATION + name);
            if (!resource.exists()) {
                return null;
            }
            try (InputStream in = resource.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
