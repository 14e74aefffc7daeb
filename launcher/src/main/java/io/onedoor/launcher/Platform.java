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
 * gateway in front, tenant-service and case-service behind it. tenant-service may run as several
 * replicas ({@link Ports#tenantServices()}), which the gateway takes turns between.
 */
public final class Platform implements AutoCloseable {

    private final List<ServiceProcess> services;
    private final ServiceProcess gateway;
    private final List<ServiceProcess> tenantServices;
    private final ServiceProcess caseService;

    private Platform(ServiceProcess gateway, List<ServiceProcess> tenantServices, ServiceProcess caseService) {
        this.gateway = gateway;
        this.tenantServices = List.copyOf(tenantServices);
        this.caseService = caseService;
        List<ServiceProcess> all = new ArrayList<>();
        all.add(gateway);
        all.addAll(tenantServices);
        all.add(caseService);
        this.services = List.copyOf(all);
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

    /** The platform administrator tenant-service creates at startup; password from {@link Secrets}. */
    public static final String PLATFORM_ADMIN_USERNAME = "platform.admin";

    /** How the platform administrator logs in: no province (000000) and no center. */
    public static final String PLATFORM_ADMIN_LOGIN = PLATFORM_ADMIN_USERNAME + "@000000";

    /** The bootstrap operator client tenant-service creates for automation (the demo, tests, benchmarks). */
    public record Operator(String clientId, String province) {
        public static Operator demo() {
            return new Operator("onedoor-demo-operator", "150000");
        }
    }

    /**
     * The port of each service; one per tenant-service replica (tests run two, to prove that a
     * login does not depend on which replica serves each of its steps).
     */
    public record Ports(int gateway, List<Integer> tenantServices, int caseService) {

        public Ports {
            tenantServices = List.copyOf(tenantServices);
            if (tenantServices.isEmpty()) {
                throw new IllegalArgumentException("tenant-service needs at least one port");
            }
        }

        /** One replica of each service. */
        public Ports(int gateway, int tenantService, int caseService) {
            this(gateway, List.of(tenantService), caseService);
        }

        public static Ports standard() {
            return new Ports(8080, 8081, 8082);
        }

        /** The first replica's port: where the other services fetch the token-signing keys. */
        public int tenantService() {
            return tenantServices.get(0);
        }

        private List<Integer> all() {
            List<Integer> all = new ArrayList<>(tenantServices);
            all.add(gateway);
            all.add(caseService);
            return all;
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
        // Every replica: the gateway balances over the list.
        env.put(
                "ONEDOOR_TENANT_SERVICE_URL",
                String.join(
                        ",",
                        ports.tenantServices().stream()
                                .map(port -> "http://127.0.0.1:" + port)
                                .toList()));
        env.put("ONEDOOR_CASE_SERVICE_URL", "http://127.0.0.1:" + ports.caseService());
        env.put("ONEDOOR_PII_KEY", settings.secrets().piiKey());
        env.put("ONEDOOR_CURSOR_KEY", settings.secrets().cursorKey());
        env.put("ONEDOOR_KEY_ENCRYPTION_KEY", settings.secrets().keyEncryptionKey());
        // Tokens name the gateway, through which people and integrators reach the issuer; the
        // services fetch its keys directly.
        env.put("ONEDOOR_ISSUER", "http://localhost:" + ports.gateway());
        // The console, served by the gateway, receives its sign-in codes there (and, for the
        // launcher's own logins, at the default address too).
        String consoleRedirects = System.getenv("ONEDOOR_CONSOLE_REDIRECT_URIS");
        env.put(
                "ONEDOOR_CONSOLE_REDIRECT_URIS",
                consoleRedirects != null && !consoleRedirects.isBlank()
                        ? consoleRedirects
                        : ports.gateway() == 8080
                                ? "http://localhost:8080/console/callback"
                                : "http://localhost:8080/console/callback,http://localhost:" + ports.gateway()
                                        + "/console/callback");
        env.put("ONEDOOR_JWKS_URI", "http://127.0.0.1:" + ports.tenantService() + "/oauth2/jwks");
        env.put("ONEDOOR_BOOTSTRAP_CLIENT_ID", settings.operator().clientId());
        env.put("ONEDOOR_BOOTSTRAP_CLIENT_SECRET", settings.secrets().operatorClientSecret());
        env.put("ONEDOOR_BOOTSTRAP_PROVINCE", settings.operator().province());
        env.put("ONEDOOR_PLATFORM_ADMIN_USERNAME", PLATFORM_ADMIN_USERNAME);
        env.put("ONEDOOR_PLATFORM_ADMIN_PASSWORD", settings.secrets().platformAdminPassword());
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

        for (int port : ports.all()) {
            requireFree(port);
        }
        // A fixed heap unless the caller sizes it (the system tests run many services at once),
        // as a container runs it: grown from 128 MB, case-service's heap sat near half
        // full, which kept starting G1's concurrent cycles and their 25-30 ms mixed pauses (JFR
        // under the bench's load), the worst of its p99.
        List<String> jvm = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED"));
        boolean heapGiven = settings.jvmOptions().stream()
                .anyMatch(option -> option.startsWith("-Xmx") || option.startsWith("-Xms"));
        if (!heapGiven) {
            jvm.addAll(List.of("-Xms768m", "-Xmx768m"));
        }
        jvm.addAll(settings.jvmOptions());
        // Only the gateway balances over a list; case-service asks the first replica.
        Map<String, String> caseEnv = new HashMap<>(env);
        caseEnv.put("ONEDOOR_TENANT_SERVICE_URL", "http://127.0.0.1:" + ports.tenantService());
        List<ServiceProcess> started = new ArrayList<>();
        try {
            ServiceProcess caseService = ServiceProcess.start(
                    "case-service",
                    settings.jars().caseService(),
                    ports.caseService(),
                    caseEnv,
                    jvm,
                    settings.logDir());
            started.add(caseService);
            List<ServiceProcess> tenantServices = new ArrayList<>();
            for (int replica = 0; replica < ports.tenantServices().size(); replica++) {
                int port = ports.tenantServices().get(replica);
                Map<String, String> replicaEnv = new HashMap<>(env);
                replicaEnv.put("ONEDOOR_TENANT_SERVICE_PORT", Integer.toString(port));
                ServiceProcess tenantService = ServiceProcess.start(
                        replica == 0 ? "tenant-service" : "tenant-service-" + (replica + 1),
                        settings.jars().tenantService(),
                        port,
                        replicaEnv,
                        jvm,
                        settings.logDir());
                started.add(tenantService);
                tenantServices.add(tenantService);
            }
            ServiceProcess gateway = ServiceProcess.start(
                    "gateway", settings.jars().gateway(), ports.gateway(), env, jvm, settings.logDir());
            started.add(gateway);
            for (ServiceProcess service : started) {
                service.awaitHealthy(startupTimeout);
            }
            // A service that lost its port to another process exits after that process answered
            // the health check in its place: make sure every one is the one answering.
            Thread.sleep(500);
            for (ServiceProcess service : started) {
                service.requireAlive();
            }
            return new Platform(gateway, tenantServices, caseService);
        } catch (IOException | InterruptedException | RuntimeException e) {
            for (ServiceProcess service : started.reversed()) {
                service.close();
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

    /** The first tenant-service replica. */
    public URI tenantServiceUri() {
        return tenantServices.get(0).baseUri();
    }

    /** Every tenant-service replica, in the order of {@link Ports#tenantServices()}. */
    public List<ServiceProcess> tenantServices() {
        return tenantServices;
    }

    public URI caseServiceUri() {
        return caseService.baseUri();
    }

    public List<ServiceProcess> services() {
        return services;
    }

    /**
     * Asks every service to stop at once (the gateway first, so nothing new arrives while the
     * services drain), then waits for each. Stopped one after the other, their graceful shutdowns
     * together could outlast the time a test JVM's shutdown hooks get (Surefire ends a fork 30
     * seconds after its tests), and the last one, case-service, was left running after the build.
     */
    @Override
    public void close() {
        services.forEach(ServiceProcess::stop);
        services.forEach(ServiceProcess::close);
    }
}
