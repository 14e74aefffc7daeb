package io.onedoor.gateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.ServiceInstance;

class UpstreamPropertiesUnitTest {

    @Test
    void eachBaseUrlIsOneReplicaOfItsService() {
        UpstreamInstances instances = new UpstreamInstances(new UpstreamProperties(
                List.of(URI.create("http://10.0.0.5:8081"), URI.create("https://tenants.internal")),
                List.of(URI.create("http://127.0.0.1:8082/"))));

        List<ServiceInstance> tenantService = instances
                .getInstances(UpstreamInstances.TENANT_SERVICE)
                .collectList()
                .block();
        assertThat(tenantService)
                .extracting(ServiceInstance::getUri)
                .containsExactly(URI.create("http://10.0.0.5:8081"), URI.create("https://tenants.internal:443"));
        assertThat(instances
                        .getInstances(UpstreamInstances.CASE_SERVICE)
                        .collectList()
                        .block())
                .extracting(ServiceInstance::getUri)
                .containsExactly(URI.create("http://127.0.0.1:8082"));
        assertThat(instances.getInstances("elsewhere").collectList().block()).isEmpty();
    }

    @Test
    void refusesABaseUrlWhosePathOrSchemeARouteWouldLose() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new UpstreamProperties(
                        List.of(URI.create("http://10.0.0.5:8081/tenants"), URI.create("ftp://10.0.0.6")),
                        List.of(URI.create("http://127.0.0.1:8082"))))
                .withMessageContaining("http://10.0.0.5:8081/tenants")
                .withMessageContaining("ftp://10.0.0.6")
                .withMessageContaining("onedoor.services.tenant-service-url");
    }
}
