package io.onedoor.gateway.upstream;

import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services behind the gateway run: the base URL of each replica. A comma-separated list
 * in the environment ({@code ONEDOOR_TENANT_SERVICE_URL=http://10.0.0.5:8081,http://10.0.0.6:8081})
 * puts several replicas behind one route; a single URL is one replica.
 *
 * @param tenantServiceUrl tenant-service's replicas ({@code ONEDOOR_TENANT_SERVICE_URL})
 * @param caseServiceUrl case-service's replicas ({@code ONEDOOR_CASE_SERVICE_URL})
 */
@Validated
@ConfigurationProperties("onedoor.services")
record UpstreamProperties(
        @NotEmpty List<URI> tenantServiceUrl, @NotEmpty List<URI> caseServiceUrl) {

    UpstreamProperties {
        List<String> problems = new ArrayList<>();
        problems.addAll(problems("onedoor.services.tenant-service-url", tenantServiceUrl));
        problems.addAll(problems("onedoor.services.case-service-url", caseServiceUrl));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
    }

    /**
     * A replica is reached by scheme, host and port alone (a route forwards the request's own
     * path), so a base URL with anything else would silently lose it.
     */
    private static List<String> problems(String property, List<URI> urls) {
        List<String> problems = new ArrayList<>();
        for (URI url : urls) {
            boolean http = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
            boolean bare = (url.getRawPath() == null
                            || url.getRawPath().isEmpty()
                            || url.getRawPath().equals("/"))
                    && url.getRawQuery() == null
                    && url.getRawFragment() == null
                    && url.getRawUserInfo() == null;
            if (!http || url.getHost() == null || !bare) {
                problems.add(property + ": " + url + " is not a base URL such as http://10.0.0.5:8081");
            }
        }
        return problems;
    }
}
