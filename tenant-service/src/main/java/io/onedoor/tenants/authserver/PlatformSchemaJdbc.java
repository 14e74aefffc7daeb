package io.onedoor.tenants.authserver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * The authorization server's JDBC stores name their tables without a schema, while this service's
 * connections rest on an empty schema (tenancy's guard against unqualified queries). This hands
 * them a {@link JdbcOperations} that qualifies those table names with {@code platform.} and
 * otherwise runs on the service's own template, so their writes join the caller's transaction.
 */
final class PlatformSchemaJdbc {

    private static final Pattern TABLES =
            Pattern.compile("(?<![.\\w])oauth2_(registered_client|authorization_consent|authorization)\\b");

    private PlatformSchemaJdbc() {}

    static String qualify(String sql) {
        return TABLES.matcher(sql).replaceAll("platform.oauth2_$1");
    }

    static JdbcOperations over(JdbcOperations jdbc) {
        return (JdbcOperations) Proxy.newProxyInstance(
                PlatformSchemaJdbc.class.getClassLoader(),
                new Class<?>[] {JdbcOperations.class},
                (proxy, method, args) -> {
                    if (args != null && args.length > 0 && args[0] instanceof String sql) {
                        args[0] = qualify(sql);
                    }
                    try {
                        return method.invoke(jdbc, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
