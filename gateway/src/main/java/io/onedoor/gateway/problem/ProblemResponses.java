package io.onedoor.gateway.problem;

import io.onedoor.gateway.request.RequestId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link Problem} as the whole response, with the request id in the body. */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** Answers with the problem; headers already set on the response (Retry-After, ...) are kept. */
    public Mono<Void> send(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status().value());
        body.put("detail", problem.detail());
        body.put("requestId", RequestId.of(exchange));
        byte[] bytes = json.writeValueAsBytes(body);
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        response.getHeaders().setCacheControl(CacheControl.noStore());
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }

    /** Answers with the problem and a Retry-After in whole seconds (at least 1). */
    public Mono<Void> send(ServerWebExchange exchange, Problem problem, long retryAfterSeconds) {
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
        return send(exchange, problem);
    }
}
