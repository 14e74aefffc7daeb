package io.onedoor.launcher;

import io.onedoor.client.tenants.model.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar onedoor-launcher-exec.jar [--no-demo]}: starts the whole platform on this
 * machine with the demo province onboarded, prints where to reach it, and runs until interrupted.
 */
public final class Launcher {

    static final String USAGE = """
            usage: ./onedoor demo [--no-demo]   start the platform (with the demo province unless --no-demo)
                   ./onedoor token --help        how to get an access token of a demo person or client""";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path root = repositoryRoot();
        Path state = Path.of(
                env.getOrDefault("ONEDOOR_STATE_DIR", root.resolve(".onedoor").toString()));
        Files.createDirectories(state);
        if (args.length > 0 && args[0].equals("token")) {
            System.exit(new TokenCommand(state, env, System.out, System.err)
                    .run(List.of(args).subList(1, args.length)));
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            say(USAGE);
            return;
        }
        boolean demo = !List.of(args).contains("--no-demo");

        say("Finding PostgreSQL and Redis ...");
        Infrastructure infrastructure = Infrastructure.resolve(state, env);
        say("  PostgreSQL: " + infrastructure.database().origin());
        say("  Redis:      " + infrastructure.redis().origin());

        Platform.Ports ports = new Platform.Ports(
                port(env, "ONEDOOR_GATEWAY_PORT", 8080),
                port(env, "ONEDOOR_TENANT_SERVICE_PORT", 8081),
                port(env, "ONEDOOR_CASE_SERVICE_PORT", 8082));
        Path logs = state.resolve("logs");
        Secrets secrets = Secrets.load(state, env);
        say("Starting case-service, tenant-service and gateway (logs in " + logs + ") ...");
        Platform platform = Platform.start(
                new Platform.Settings(
                        ServiceJars.fromRepository(root),
                        Platform.Operator.demo(),
                        infrastructure.database(),
                        infrastructure.redis(),
                        secrets,
                        ports,
                        logs,
                        Map.of(),
                        List.of()),
                Duration.ofMinutes(3));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping ...");
            platform.close();
            try {
                infrastructure.close();
            } catch (Exception e) {
                say("  could not stop embedded services cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));

        String gateway = platform.gatewayUri().toString().replace("127.0.0.1", "localhost");
        if (demo) {
            say("Onboarding the demo province (Inner Mongolia: Tongliao city, Horqin district, Jarud banner) ...");
            DemoCredentials credentials = DemoCredentials.in(state);
            var province = new DemoProvince(
                    platform.gatewayUri(),
                    credentials,
                    Platform.Operator.demo().clientId(),
                    secrets.operatorClientSecret());
            for (Tenant tenant : province.onboard()) {
                say("  %-12s %-8s %-6s %s"
                        .formatted(tenant.getCode(), tenant.getStatus(), tenant.getLevel(), tenant.getName()));
            }
            String operatorPerson = province.operatorPerson(secrets.platformAdminPassword());
            say("  people (passwords in " + credentials.file() + "): for each center, admin@<center>,"
                    + " staff@<center>, auditor@<center>; at Jarud also agri.mediator@nm-jarud and"
                    + " water.engineer@nm-jarud (two departments' staff) and supervisor@nm-jarud (督办);"
                    + " Inner Mongolia's operator " + operatorPerson
                    + " (and the automation client " + Platform.Operator.demo().clientId() + "); the platform"
                    + " administrator " + Platform.PLATFORM_ADMIN_LOGIN + " (password in "
                    + state.resolve("secrets.properties")
                    + ", ONEDOOR_PLATFORM_ADMIN_PASSWORD).");
        }
        say("");
        say("OneDoor is running. Gateway (the only public entry): " + gateway);
        say("  the console, in a browser: " + gateway + "/  (sign in as admin@nm-jarud to configure the center,"
                + " staff@nm-jarud at the window, agri.mediator@nm-jarud or water.engineer@nm-jarud for a"
                + " department, supervisor@nm-jarud for supervision (督办), operator@150000 for the province)");
        say("  a staff member's token (authorization code + PKCE, via the login form):");
        say("    TOKEN=$(./onedoor token staff@nm-jarud)");
        say("  the provincial operator (a person) and the platform administrator, who creates operators:");
        say("    TOKEN=$(./onedoor token operator@150000);  TOKEN=$(./onedoor token " + Platform.PLATFORM_ADMIN_LOGIN
                + ")");
        say("  the 12345 hotline client's token (client credentials):");
        say("    TOKEN=$(./onedoor token --client hotline-nm-jarud)");
        say("  then:  curl -s -H \"Authorization: Bearer $TOKEN\" " + gateway + "/api/v1/tenants/nm-jarud/matters");
        say("  services: tenant-service " + platform.tenantServiceUri() + ", case-service " + platform.caseServiceUri()
                + " (internal; health at /actuator/health)");
        say("Press Ctrl-C to stop.");
        stopped.await();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        return Integer.parseInt(env.getOrDefault(name, Integer.toString(fallback)));
    }

    /** The checkout: ONEDOOR_HOME, else the nearest folder upwards holding the services. */
    static Path repositoryRoot() {
        String home = System.getenv("ONEDOOR_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("case-service")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("run from inside the OneDoor checkout, or set ONEDOOR_HOME");
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
