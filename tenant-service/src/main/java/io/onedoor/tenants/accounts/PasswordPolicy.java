package io.onedoor.tenants.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: at least 12 characters, and at most 72 bytes, the most bcrypt reads
 * (a longer one would be silently cut); not the login itself.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    /** Why the password is refused, or empty when it may be used. Never repeats the password. */
    static Optional<String> check(String password, String login) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must have at most " + MAX_BYTES + " bytes in UTF-8");
        }
        if (password.isBlank()) {
            return Optional.of("must not be blank");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String username = login.contains("@") ? login.substring(0, login.lastIndexOf('@')) : login;
        if (lower.equals(login.toLowerCase(Locale.ROOT)) || lower.equals(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not be the login");
        }
        return Optional.empty();
    }
}
