package io.onedoor.tenants.configuration;

import io.onedoor.api.internal.model.OpenMatterReference;
import io.onedoor.api.internal.model.OpenMatterReferences;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.ProblemException;
import io.onedoor.tenants.configuration.ConfigurationRules.OpenMatters;
import io.onedoor.tenants.servicecredentials.ServiceTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks case-service how many open matters still name departments or categories a change would
 * remove, with tenant-service's service token. If it cannot answer, the change is refused (503):
 * saving blind could strand matters.
 */
@Component
class OpenMatterLookup {

    private final RestClient client;

    OpenMatterLookup(
            @Value("${onedoor.services.case-service-url}") URI caseService,
            @Value("${onedoor.services.connect-timeout:2s}") Duration connectTimeout,
            ServiceTokens serviceTokens) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.client = RestClient.builder()
                .baseUrl(caseService.toString())
                .requestFactory(requests)
                .requestInterceptor(serviceTokens.interceptor())
                .build();
    }

    OpenMatters find(TenantCode tenant, Set<String> departments, Set<String> categories) {
        if (departments.isEmpty() && categories.isEmpty()) {
            return OpenMatters.NONE;
        }
        OpenMatterReferences answer;
        try {
            answer = client.get()
                    .uri(uri -> uri.path("/internal/v1/tenants/{tenant}/open-matter-references")
                            .queryParam("departments", String.join(",", departments))
                            .queryParam("categories", String.join(",", categories))
                            .build(tenant.value()))
                    .retrieve()
                    .body(OpenMatterReferences.class);
        } catch (RestClientException e) {
            throw ProblemException.of(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "matters-unavailable",
                    "Open matters cannot be checked",
                    "The change removes departments or categories, and case-service could not say whether open"
                            + " matters still name them; nothing was saved. Try again shortly.");
        }
        if (answer == null) {
            return OpenMatters.NONE;
        }
        return new OpenMatters(index(answer.getDepartments()), index(answer.getCategories()));
    }

    private static Map<String, OpenMatters.Reference> index(java.util.List<OpenMatterReference> references) {
        return references.stream()
                .collect(Collectors.toMap(
                        OpenMatterReference::getCode,
                        r -> new OpenMatters.Reference(r.getOpenMatters(), r.getExamples()),
                        (a, b) -> a));
    }
}
