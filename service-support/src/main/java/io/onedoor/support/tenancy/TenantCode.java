package io.onedoor.support.tenancy;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The code of a tenant (one governance center), such as {@code xj-altay}: a lower-case ASCII slug
 * of 3 to 40 characters. It is the only way to obtain a {@link #schemaName() schema name}, so no
 * SQL naming a tenant schema can be built from a string that has not passed this check.
 *
 * <p>The rule is deliberately narrow: ASCII letters, digits and single hyphens only (so look-alike
 * letters from other scripts, quotes, semicolons, underscores, dots and upper case are all
 * refused), and a few codes that would read as system schemas are reserved. Hyphen is mapped to
 * underscore in the schema name; since the code can contain no underscore, two codes never map
 * to the same schema.
 */
public record TenantCode(String value) implements Comparable<TenantCode> {

    private static final Pattern SHAPE = Pattern.compile("^[a-z][a-z0-9-]{1,38}[a-z0-9]$");

    private static final Set<String> RESERVED = Set.of(
            "public", "platform", "information-schema", "pg-catalog", "pg-toast", "admin", "api", "internal", "system");

    /** The schema prefix keeps tenant schemas apart from {@code public}, {@code platform} and {@code pg_*}. */
    public static final String SCHEMA_PREFIX = "t_";

    public TenantCode {
        if (!isValid(value)) {
            throw new InvalidTenantCodeException();
        }
    }

    /** Parses a code from untrusted input, or says why not without echoing the input. */
    public static Optional<TenantCode> parse(String candidate) {
        return isValid(candidate) ? Optional.of(new TenantCode(candidate)) : Optional.empty();
    }

    public static boolean isValid(String candidate) {
        return candidate != null
                && SHAPE.matcher(candidate).matches()
                && !candidate.contains("--")
                && !RESERVED.contains(candidate);
    }

    /** The tenant's PostgreSQL schema, unquoted: {@code t_xj_altay}. */
    public String schemaName() {
        return SCHEMA_PREFIX + value.replace('-', '_');
    }

    /** The schema as a quoted SQL identifier, safe to splice into DDL: {@code "t_xj_altay"}. */
    public String quotedSchemaName() {
        return '"' + schemaName() + '"';
    }

    /** Recovers the code from a schema name, for schemas found in the catalog. */
    public static Optional<TenantCode> fromSchemaName(String schema) {
        if (schema == null || !schema.startsWith(SCHEMA_PREFIX) || schema.indexOf('-') >= 0) {
            return Optional.empty();
        }
        return parse(schema.substring(SCHEMA_PREFIX.length()).replace('_', '-'));
    }

    @Override
    public int compareTo(TenantCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Thrown for a malformed code; carries no part of the rejected input. */
    public static final class InvalidTenantCodeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidTenantCodeException() {
            super("not a valid tenant code: 3-40 lower-case ASCII letters, digits and single hyphens,"
                    + " starting with a letter");
        }
    }
}
