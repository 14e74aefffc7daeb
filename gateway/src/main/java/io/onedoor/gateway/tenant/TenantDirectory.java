package io.onedoor.gateway.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.netty.channel.ChannelOption;
import io.onedoor.gateway.request.LogContext;
import io.onedoor.gateway.request.RequestEventLoop;
import io.onedoor.gateway.upstream.UpstreamInstances;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.client.HttpClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant directory as the gateway sees it: Redis first (tenant-service writes an entry there
 * whenever a tenant changes, so a change is visible on the next request), tenant-service's internal
 * lookup on a miss, asked with the gateway's service token.
 *
 * <p>What a lookup learns is stored with {@code SET NX}: tenant-service writes without NX, so its
 * own write always wins over an answer the gateway fetched a moment earlier. "No such tenant" is
 * stored as {@link TenantDirectoryEntry#UNKNOWN_MARKER} with a short expiry, so a code that does
 * not exist costs tenant-service one lookup per expiry, and a tenant created later overwrites the
 * marker when tenant-service writes its entry.
 *
 * <p>There is deliberately no in-process cache of what the directory says: one Redis GET per
 * request (sent together with the client's rate-limit call, so it costs no round trip of its own)
 * keeps a suspension effective on the very next request, on every replica. Only the reading of
 * an entry is remembered: the JSON just read is compared with the one last parsed for that tenant,
 * and parsed again only when it differs.
 */
@Component
class TenantDirectory {

    private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);

    private static final String LOOKUP_PATH = "/internal/v1/tenant-directory/{tenant}";

    private final ReactiveStringRedisTemplate redis;
    private final WebClient tenantService;
    private final TenantDirectoryProperties properties;
    private final ObjectReader entryReader;
    private final Cache<String, Parsed> parsed =
            Caffeine.newBuilder().maximumSize(10_000).build();

    TenantDirectory(
            ReactiveStringRedisTemplate redis,
            TenantDirectoryProperties properties,
            ServiceCredentialsProperties credentials,
            JsonMapper json,
            LoadBalancedExchangeFilterFunction loadBalancer) {
        this.redis = redis;
        this.properties = properties;
        // A tolerant reader: a field tenant-service adds later must not shut every tenant out.
        this.entryReader =
                json.readerFor(TenantDirectoryEntry.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        properties.connectTimeout().toMillis())
                .responseTimeout(properties.lookupTimeout());
        // Any replica of tenant-service answers, picked like the routes pick one.
        this.tenantService = WebClient.builder()
                .baseUrl("http://" + UpstreamInstances.TENANT_SERVICE)
                .filter(loadBalancer)
                .clientConnector(new ReactorClientHttpConnector(http))
                // The lookup is tenant-service's internal API: it takes the gateway's service token.
                .filter(new ServiceTokens(credentials, properties.connectTimeout(), loadBalancer).filter())
                .build();
    }

    /**
     * What the directory says about the tenant; {@link Listing.Unavailable} on any failure. The
     * entry is taken as another step already read it for this request, if one did; if this step
     * reads it, the request goes on on {@code resumeOn} (see {@link RequestEventLoop}).
     */
    Mono<Listing> lookUp(
            TenantCode tenant, String requestId, Optional<Mono<Optional<String>>> readAhead, Scheduler resumeOn) {
        Mono<String> stored = readAhead
                .map(read -> read.flatMap(value -> Mono.justOrEmpty(value)))
                .orElseGet(() -> redis.opsForValue()
                        .get(TenantDirectoryEntry.key(tenant))
                        .publishOn(resumeOn));
        return stored.map(value -> fromRedis(tenant, value))
                .switchIfEmpty(Mono.defer(() -> askTenantService(tenant, requestId)))
                .onErrorResume(error -> Mono.just(new Listing.Unavailable("Tenant directory unavailable: " + error)))
                .flatMap(listing -> listing instanceof Listing.Unavailable(String reason)
                        ? LogContext.logged(listing, () -> log.warn("{}", reason))
                        : Mono.just(listing));
    }

    private Listing fromRedis(TenantCode tenant, String value) {
        if (value.equals(TenantDirectoryEntry.UNKNOWN_MARKER)) {
            return new Listing.Unlisted();
        }
        Parsed last = parsed.getIfPresent(tenant.value());
        if (last != null && last.json().equals(value)) {
            return last.listing();
        }
        Listing listing = parse(tenant, value);
        if (listing instanceof Listing.Listed) {
            parsed.put(tenant.value(), new Parsed(value, listing));
        }
        return listing;
    }

    /** An entry as Redis held it, and what it says. */
    private record Parsed(String json, Listing listing) {}

    private Listing parse(TenantCode tenant, String value) {
        try {
            TenantDirectoryEntry entry = entryReader.readValue(value);
            if (entry.status() == null || !tenant.value().equals(entry.code())) {
                return new Listing.Unavailable("Tenant directory entry does not describe the tenant it is stored for");
            }
            return new Listing.Listed(entry);
        } catch (JacksonException e) {
            return new Listing.Unavailable("Tenant directory entry is not readable: " + e.getOriginalMessage());
        }
    }

    private Mono<Listing> askTenantService(TenantCode tenant, String requestId) {
        return tenantService
                .get()
                .uri(LOOKUP_PATH, tenant.value())
                .header("X-Request-Id", requestId)
                .exchangeToMono(response -> {
                    if (response.statusCode().isSameCodeAs(HttpStatus.OK)) {
                        return response.bodyToMono(String.class).flatMap(body -> remember(tenant, body));
                    }
                    if (response.statusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                        return response.releaseBody().then(rememberUnknown(tenant));
                    }
                    return response.releaseBody()
                            .then(Mono.error(new IllegalStateException(
                                    "tenant-service answered the directory lookup with " + response.statusCode())));
                })
                .timeout(properties.lookupTimeout());
    }

    /** Caches tenant-service's answer as it gave it (the same JSON it writes to Redis itself). */
    private Mono<Listing> remember(TenantCode tenant, String body) {
        Listing listing = parse(tenant, body);
        if (!(listing instanceof Listing.Listed)) {
            return Mono.just(listing);
        }
        return redis.opsForValue()
                .setIfAbsent(TenantDirectoryEntry.key(tenant), body)
                .thenReturn(listing)
                // The answer is known; failing to cache it only costs another lookup.
                .onErrorResume(error -> LogContext.logged(
                        listing, () -> log.warn("Could not cache the tenant directory entry: {}", error.toString())));
    }

    private Mono<Listing> rememberUnknown(TenantCode tenant) {
        Listing unlisted = new Listing.Unlisted();
        return redis.opsForValue()
                .setIfAbsent(
                        TenantDirectoryEntry.key(tenant), TenantDirectoryEntry.UNKNOWN_MARKER, properties.unknownTtl())
                .thenReturn(unlisted)
                .onErrorResume(error -> LogContext.logged(
                        unlisted, () -> log.warn("Could not cache an unknown tenant: {}", error.toString())));
    }

    /** The directory's answer about one tenant. */
    sealed interface Listing {

        record Listed(TenantDirectoryEntry entry) implements Listing {}

        /** No such tenant. */
        record Unlisted() implements Listing {}

        /** Redis or tenant-service could not be asked, or gave an unreadable answer: why, for the log. */
        record Unavailable(String reason) implements Listing {}
    }
}
