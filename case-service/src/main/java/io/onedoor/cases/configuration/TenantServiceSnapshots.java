package io.onedoor.cases.configuration;

import io.onedoor.cases.security.ServiceTokens;
import io.onedoor.support.tenancy.TenantCode;
import java.net.http.HttpClient;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * tenant-service's answer for a snapshot ({@code getConfigurationSnapshot}), asked when Redis
 * does not have it. Serving it, tenant-service writes it to Redis again as well. The call carries
 * case-service's service token.
 */
class TenantServiceSnapshots {

    private static final Logger log = LoggerFactory.getLogger(TenantServiceSnapshots.class);

    private final RestClient http;

    TenantServiceSnapshots(TenantServiceProperties properties, ServiceTokens serviceTokens) {
        var client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder()
                .requestFactory(requests)
                .baseUrl(properties.tenantServiceUrl().toString())
                .requestInterceptor(serviceTokens.interceptor())
                .build();
    }

    /** The snapshot JSON; empty if tenant-service has none, fails or cannot be reached. */
    Optional<String> fetch(TenantCode tenant) {
        try {
            return http.get()
                    .uri("/internal/v1/tenant-configurations/{tenant}", tenant.value())
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        if (status.value() != 200) {
                            log.warn("tenant-service answered {} for the configuration snapshot", status.value());
                            return Optional.empty();
                        }
                        return Optional.ofNullable(response.bodyTo(String.class));
                    });
        } catch (RestClientException e) {
            log.warn("tenant-service did not answer for the configuration snapshot: {}", e.getMessage());
            return Optional.empty();
        } catch (OAuth2AuthorizationException e) {
            // No service token: a wrong secret, or the token endpoint not answering.
            log.warn(
                    "No service token for tenant-service's internal API: {}",
                    e.getError().getErrorCode());
            return Optional.empty();
        }
    }
}
