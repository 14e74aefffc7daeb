package io.onedoor.gateway.upstream;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The replicas of each service as configured, for Spring Cloud LoadBalancer, which picks one per
 * request, round robin: routes name {@code lb://tenant-service} and {@code lb://case-service}.
 * Any replica serves any request (login sessions are in Redis), so nothing sticks a caller to one.
 */
@Component
public class UpstreamInstances implements ReactiveDiscoveryClient {

    /** The service ids routes and the gateway's own calls name. */
    public static final String TENANT_SERVICE = "tenant-service";

    public static final String CASE_SERVICE = "case-service";

    private final Map<String, List<ServiceInstance>> instances;

    UpstreamInstances(UpstreamProperties properties) {
        this.instances = Map.of(
                TENANT_SERVICE, instances(TENANT_SERVICE, properties.tenantServiceUrl()),
                CASE_SERVICE, instances(CASE_SERVICE, properties.caseServiceUrl()));
    }

    private static List<ServiceInstance> instances(String service, List<URI> urls) {
        return urls.stream()
                .map(url -> {
                    boolean secure = url.getScheme().equals("https");
                    int port = url.getPort() >= 0 ? url.getPort() : secure ? 443 : 80;
                    return (ServiceInstance) new DefaultServiceInstance(
                            service + "@" + url.getHost() + ":" + port, service, url.getHost(), port, secure);
                })
                .toList();
    }

    @Override
    public String description() {
        return "OneDoor's configured service replicas (onedoor.services.*)";
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        return Flux.fromIterable(instances.getOrDefault(serviceId, List.of()));
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(instances.keySet());
    }
}
