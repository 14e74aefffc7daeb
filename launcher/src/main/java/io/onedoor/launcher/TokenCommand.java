package io.onedoor.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./onedoor token ...}: prints an access token of a demo person or client of the platform
 * running on this machine, for pasting into curl. A newcomer's mistake (no argument, a login that
 * is not {@code username@center}, an account the demo did not make, a refused password, no
 * platform running) is told in one line with exit code 2, never as a stack trace.
 */
final class TokenCommand {

    static final int DONE = 0;
    static final int REFUSED = 2;

    static final String USAGE = """
            usage: ./onedoor token <username>@<center>   a person's token, e.g. staff@nm-jarud
                   ./onedoor token <username>@<province> a provincial operator's, e.g. operator@150000
                   ./onedoor token platform.admin@000000 the platform administrator's
                   ./onedoor token --client <name>       a demo integrator client's, e.g. hotline-nm-jarud
                   ./onedoor token --operator            the demo provincial operator client's
                   ./onedoor token --service <client>    a service token (operations: key rotation)
            A login is the account's username, '@', and where it belongs: its center's tenant code,
            its province's code, or 000000 for the platform. The demo made admin@, staff@ and
            auditor@ for each of nm-tongliao, nm-horqin and nm-jarud, and operator@150000; their
            passwords and the clients' secrets are in .onedoor/demo-credentials.properties, the
            platform administrator's password in .onedoor/secrets.properties.
            The platform must be running (./onedoor demo); its gateway port is ONEDOOR_GATEWAY_PORT
            (default 8080).""";

    private final Path state;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    TokenCommand(Path state, Map<String, String> env, PrintStream out, PrintStream err) {
        this.state = state;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /** Runs {@code token <args>} (the arguments after {@code token}); answers the exit code. */
    int run(List<String> args) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return REFUSED;
        }
        String first = args.getFirst();
        if (first.equals("--help") || first.equals("-h")) {
            out.println(USAGE);
            return DONE;
        }
        URI gateway = URI.create("http://127.0.0.1:" + env.getOrDefault("ONEDOOR_GATEWAY_PORT", "8080"));
        try {
            Optional<String> token = token(args, new Tokens(gateway));
            if (token.isEmpty()) {
                return REFUSED;
            }
            out.println(token.get());
            return DONE;
        } catch (Tokens.Refused refused) {
            return fail(refused.getMessage());
        } catch (IOException unreachable) {
            return fail("the platform does not answer at " + gateway + "; is ./onedoor demo running?");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        } catch (RuntimeException unexpected) {
            // Still one line: the launcher is a newcomer's first tool, not a debugger.
            return fail("could not get a token: " + unexpected.getMessage());
        }
    }

    /** The token, or empty after telling the user why there is none. */
    private Optional<String> token(List<String> args, Tokens tokens) throws IOException, InterruptedException {
        String first = args.getFirst();
        if (first.equals("--operator")) {
            if (args.size() > 1) {
                return usage("--operator takes no argument");
            }
            return Optional.of(tokens.clientCredentials(
                    Platform.Operator.demo().clientId(),
                    Secrets.load(state, env).operatorClientSecret()));
        }
        if (first.equals("--service")) {
            if (args.size() != 2) {
                return usage("--service takes the service client's name: operations, case-service or gateway");
            }
            Secrets secrets = Secrets.load(state, env);
            String secret =
                    switch (args.get(1)) {
                        case "operations" -> secrets.operationsSecret();
                        case "case-service" -> secrets.caseServiceSecret();
                        case "gateway" -> secrets.gatewaySecret();
                        default -> null;
                    };
            if (secret == null) {
                return failed("no service client named " + args.get(1) + " (operations, case-service, gateway)");
            }
            // Straight from tenant-service's internal address, as the services obtain theirs.
            URI tenantService =
                    URI.create("http://127.0.0.1:" + env.getOrDefault("ONEDOOR_TENANT_SERVICE_PORT", "8081"));
            return Optional.of(new Tokens(tenantService).clientCredentials(args.get(1), secret));
        }
        DemoCredentials credentials = DemoCredentials.in(state);
        if (first.equals("--client")) {
            if (args.size() != 2) {
                return usage("--client takes the client's name, e.g. hotline-nm-jarud");
            }
            var client = credentials.client(args.get(1));
            if (client.isEmpty()) {
                return failed("no demo client named " + args.get(1) + " in " + credentials.file());
            }
            return Optional.of(tokens.clientCredentials(client.get()[0], client.get()[1]));
        }
        if (first.startsWith("-") || args.size() > 1) {
            return usage("unknown option " + (first.startsWith("-") ? first : args.get(1)));
        }
        if (!first.matches("[^@\\s]+@([a-z][a-z0-9-]+|[0-9]{6})")) {
            return usage("a login is <username>@<center> or <username>@<province>, e.g. staff@nm-jarud, not " + first);
        }
        if (first.equals(Platform.PLATFORM_ADMIN_LOGIN)) {
            return Optional.of(tokens.login(first, Secrets.load(state, env).platformAdminPassword()));
        }
        var password = credentials.knownPassword(first);
        if (password.isEmpty()) {
            return failed("no demo account " + first + " (the demo's are admin@, staff@ and auditor@ each center and"
                    + " operator@150000; see "
                    + credentials.file() + ")");
        }
        return Optional.of(tokens.login(first, password.get()));
    }

    private Optional<String> usage(String problem) {
        err.println("onedoor token: " + problem);
        err.println(USAGE);
        return Optional.empty();
    }

    private Optional<String> failed(String problem) {
        fail(problem);
        return Optional.empty();
    }

    private int fail(String problem) {
        err.println("onedoor token: " + problem);
        return REFUSED;
    }
}
