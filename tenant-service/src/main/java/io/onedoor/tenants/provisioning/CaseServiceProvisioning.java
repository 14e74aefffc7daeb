package io.onedoor.tenants.provisioning;

import io.onedoor.api.internal.model.TenantSchemaRequest;
import io.onedoor.api.internal.model.TenantSchemaState;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.tenants.servicecredentials.ServiceTokens;
import java.net.http.HttpClient;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Asks case-service to migrate its own tables in a tenant's schema. Its provisioning call is
 * idempotent, so asking again after a failure or a crash is always safe. The call carries
 * tenant-service's service token.
 */
@Component
public class CaseServiceProvisioning {

    /** The name under which case-service's schema version is recorded. */
    public static final String SERVICE = "case-service";

    private final RestClient client;

    CaseServiceProvisioning(ServicesProperties services, ServiceTokens serviceTokens) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(services.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(services.readTimeout());
        this.client = RestClient.builder()
                .baseUrl(services.caseServiceUrl().toString())
                .requestFactory(requests)
                .requestInterceptor(serviceTokens.interceptor())
                .build();
    }

    /** Returns the schema version case-service reports for the tenant. */
    public String provision(TenantCode tenant, String divisionCode) {
        TenantSchemaState state;
        try {
            state = client.put()
                    .uri("/internal/v1/tenant-schemas/{tenant}", tenant.value())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new TenantSchemaRequest(divisionCode))
                    .retrieve()
                    .body(TenantSchemaState.class);
        } catch (RestClientResponseException e) {
            throw new ProvisioningFailure(
                    "case-service answered " + e.getStatusCode().value(), e);
        } catch (ResourceAccessException e) {
            // The I/O failure itself (ConnectException, HttpTimeoutException), not its innermost cause.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ProvisioningFailure(
                    "case-service is not reachable (" + cause.getClass().getSimpleName() + ")", e);
        } catch (RestClientException e) {
            throw new ProvisioningFailure("case-service gave an unreadable answer", e);
        }
        if (state == null || state.getSchemaVersion() == null) {
            throw new ProvisioningFailure("case-service answered without a schema version");
        }
        return state.getSchemaVersion();
    }
}
