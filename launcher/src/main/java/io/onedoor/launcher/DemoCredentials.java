package io.onedoor.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;

/**
 * The demo's people and integrator clients: passwords generated on first run, secrets as the
 * platform showed them once; kept in the state folder (owner-only) so a restart can reuse them.
 */
public final class DemoCredentials {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Path file;
    private final Properties values = new Properties();

    private DemoCredentials(Path file) {
        this.file = file;
    }

    public static DemoCredentials in(Path stateDir) throws IOException {
        DemoCredentials credentials = new DemoCredentials(stateDir.resolve("demo-credentials.properties"));
        if (Files.exists(credentials.file)) {
            try (InputStream in = Files.newInputStream(credentials.file)) {
                credentials.values.load(in);
            }
        }
        return credentials;
    }

    /** In memory only, for tests and benchmarks. */
    public static DemoCredentials transientOnes() {
        return new DemoCredentials(null);
    }

    /** The password of a demo account, made up the first time it is asked for. */
    public String password(String login) throws IOException {
        String key = "password." + login;
        String known = values.getProperty(key);
        if (known == null) {
            known = randomPassword();
            values.setProperty(key, known);
            save();
        }
        return known;
    }

    /** Keeps a password the platform generated (a provincial operator's, shown once). */
    public void password(String login, String password) throws IOException {
        values.setProperty("password." + login, password);
        save();
    }

    /** The password of a demo account the demo made, without making one up for any other login. */
    public Optional<String> knownPassword(String login) {
        return Optional.ofNullable(values.getProperty("password." + login));
    }

    public Optional<String[]> client(String name) {
        String id = values.getProperty("client." + name + ".id");
        String secret = values.getProperty("client." + name + ".secret");
        return id == null || secret == null ? Optional.empty() : Optional.of(new String[] {id, secret});
    }

    public void client(String name, String id, String secret) throws IOException {
        values.setProperty("client." + name + ".id", id);
        values.setProperty("client." + name + ".secret", secret);
        save();
    }

    public Path file() {
        return file;
    }

    private void save() throws IOException {
        if (file == null) {
            return;
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            values.store(out, "OneDoor demo accounts and clients (local runs only; never commit)");
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user profile's permissions apply.
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder("Od-");
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
