package io.onedoor.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three services running as child processes against one PostgreSQL and one Redis: the
 * gateway in front, tenant-service and case-service behind it.
 */
public final class Platform implements AutoCloseable {

    private final List<ServiceProcess> services;
    private final ServiceProcess gateway;
    private final ServiceProcess tenantService;
    private final ServiceProcess caseService;

    private Platform(ServiceProcess gateway, ServiceProcess tenantService, ServiceProcess caseService) {
        this.gateway = gateway;
        this.tenantService = tenantService;
        this.caseService = caseService;
        this.services = List.of(gateway, tenantService, caseService);
    }

    /** Everything the platform is started with. */
    public record Settings(
            ServiceJars jars,
            Operator operator,
            Infrastructure.Database database,
            Infrastructure.Redis redis,
            Secrets secrets,
            Ports ports,
            Path logDir,
            Map<String, String> extraEnv,
            List<String> jvmOptions) {}

    /** The bootstrap operator client tenant-service creates for automation (the demo, tests, benchmarks). */
    public record Operator(String clientId, String province) {
        public static Operator demo() {
            return new Operator("onedoor-demo-operator", "150000");
        }
    }

    /** The port of each service. */
    public record Ports(int gateway, int tenantService, int caseService) {
        public static Ports standard() {
            return new Ports(8080, 8081, 8082);
        }
    }

    public static Platform start(Settings settings, Duration startupTimeout) throws IOException, InterruptedException {
        Ports ports = settings.ports();
        Map<String, String> env = new HashMap<>();
        env.put("ONEDOOR_DB_URL", settings.database().jdbcUrl());
        env.put("ONEDOOR_DB_USER", settings.database().user());
        env.put("ONEDOOR_DB_PASSWORD", settings.database().password());
        env.put("ONEDOOR_REDIS_HOST", settings.redis().host());
        env.put("ONEDOOR_REDIS_PORT", Integer.toString(settings.redis().port()));
        env.put("SPRING_DATA_REDIS_DATABASE", Integer.toString(settings.redis().database()));
        env.put("ONEDOOR_GATEWAY_PORT", Integer.toString(ports.gateway()));
        env.put("ONEDOOR_TENANT_SERVICE_PORT", Integer.toString(ports.tenantService()));
        env.put("ONEDOOR_CASE_SERVICE_PORT", Integer.toString(ports.caseService()));
        env.put("ONEDOOR_TENANT_SERVICE_URL", "http://127.0.0.1:" + ports.tenantService());
        env.put("ONEDOOR_CASE_SERVICE_URL", "http://127.0.0.1:" + ports.caseService());
        env.put("ONEDOOR_PII_KEY", settings.secrets().piiKey());
        env.put("ONEDOOR_CURSOR_KEY", settings.secrets().cursorKey());
        env.put("ONEDOOR_KEY_ENCRYPTION_KEY", settings.secrets().keyEncryptionKey());
        // Tokens name the gateway, through which people and integrators reach the issuer; the
        // services fetch its keys directly.
        env.put("ONEDOOR_ISSUER", "http://localhost:" + ports.gateway());
        env.put("ONEDOOR_JWKS_URI", "http://127.0.0.1:" + ports.tenantService() + "/oauth2/jwks");
        env.put("ONEDOOR_BOOTSTRAP_CLIENT_ID", settings.operator().clientId());
        env.put("ONEDOOR_BOOTSTRAP_CLIENT_SECRET", settings.secrets().operatorClientSecret());
        env.put("ONEDOOR_BOOTSTRAP_PROVINCE", settings.operator().province());
        // Each service's credential for the others' internal API; tenant-service registers them all.
        env.putAll(settings.secrets().serviceSecretsEnvironment());
        // tenant-service believes forwarded headers from the gateway's address only. On one machine
        // the gateway's forwarded requests leave from an address of their own, so a request sent
        // straight to tenant-service from 127.0.0.1 is not mistaken for the gateway's. Linux routes
        // all of 127/8 to the loopback interface; elsewhere only 127.0.0.1 exists and is shared.
        String gatewayAddress = System.getProperty("os.name", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("linux")
                ? "127.0.0.2"
                : "127.0.0.1";
        env.put("ONEDOOR_GATEWAY_SOURCE_ADDRESS", gatewayAddress);
        env.put("ONEDOOR_GATEWAY_ADDRESSES", gatewayAddress);
        env.putAll(settings.extraEnv());

        for (int port : new int[] {ports.gateway(), ports.tenantService(), ports.caseService()}) {
            requireFree(port);
        }
        List<String> jvm = new ArrayList<>(List.of("-Xms128m", "-Xmx768m", "--enable-native-access=ALL-UNNAMED"));
        jvm.addAll(settings.jvmOptions());
        ServiceProcess caseService = null;
        ServiceProcess tenantService = null;
        ServiceProcess gateway = null;
        try {
            caseService = ServiceProcess.start(
                    "case-service", settings.jars().caseService(), ports.caseService(), env, jvm, settings.logDir());
            tenantService = ServiceProcess.start(
                    "tenant-service",
                    settings.jars().tenantService(),
                    ports.tenantService(),
                    env,
                    jvm,
                    settings.logDir());
            gateway = ServiceProcess.start(
                    "gateway", settings.jars().gateway(), ports.gateway(), env, jvm, settings.logDir());
            caseService.awaitHealthy(startupTimeout);
            tenantService.awaitHealthy(startupTimeout);
            gateway.awaitHealthy(startupTimeout);
            // A service that lost its port to another process exits after that process answered
            // the health check in its place: make sure all three are the ones answering.
            Thread.sleep(500);
            for (ServiceProcess service : new ServiceProcess[] {caseService, tenantService, gateway}) {
                service.requireAlive();
            }
            return new Platform(gateway, tenantService, caseService);
        } catch (IOException | InterruptedException | RuntimeException e) {
            for (ServiceProcess started : new ServiceProcess[] {gateway, tenantService, caseService}) {
                if (started != null) {
                    started.close();
                }
            }
            throw e;
        }
    }

    /** Something else answering on a service's port would pass its health check in its place. */
    private static void requireFree(int port) {
        try (var socket = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException inUse) {
            throw new IllegalStateException("port " + port + " is in use (another OneDoor running?);"
                    + " stop it, or choose ports with ONEDOOR_GATEWAY_PORT, ONEDOOR_TENANT_SERVICE_PORT,"
                    + " ONEDOOR_CASE_SERVICE_PORT");
        }
    }

    public URI gatewayUri() {
        return gateway.baseUri();
    }

    public URI tenantServiceUri() {
        return tenantService.baseUri();
    }

    public URI caseServiceUri() {
        return caseService.baseUri();
    }

    public List<ServiceProcess> services() {
        return services;
    }

    @Override
    public void close() {
        // Gateway first, so nothing new arrives while the services drain.
        for (ServiceProcess service : services) {
            service.close();
        }
    }
}
