package io.onedoor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * Many tenant schemas holding case-service's real tables, made fast: the first by Flyway from
 * case-service's own migrations (its history table as the service keeps it), every other by the
 * same migration files run as one script, with the first one's history copied, so that
 * case-service finds each of them current when it starts, as it would after provisioning them.
 */
final class TenantSchemas {

    private static final String HISTORY = "case_schema_history";

    private final String jdbcUrl;
    private final Path migrations;

    TenantSchemas(String jdbcUrl, Path root) {
        this.jdbcUrl = jdbcUrl;
        this.migrations = root.resolve("case-service/src/main/resources/db/tenant-case");
    }

    /** Tenants {@code bench-0001} ... of the count, each with {@code matters} matters (ids from {@link #matterId}). */
    void create(int count, int matters) throws Exception {
        String first = schema(1);
        Flyway.configure()
                .dataSource(jdbcUrl, "postgres", "")
                .schemas(first)
                .defaultSchema(first)
                .createSchemas(true)
                .table(HISTORY)
                .locations("filesystem:" + migrations)
                .load()
                .migrate();
        String script = script();
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<?>> made = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                int tenant = i;
                made.add(pool.submit(() -> {
                    make(tenant, tenant == 1 ? null : script, matters, first);
                    return null;
                }));
            }
            for (Future<?> one : made) {
                one.get();
            }
        }
    }

    private void make(int tenant, String script, int matters, String first) throws SQLException {
        String schema = schema(tenant);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            if (script != null) {
                statement.execute("create schema " + schema);
                statement.execute("set local search_path to " + schema);
                statement.execute(script);
                statement.execute("create table " + schema + "." + HISTORY + " (like " + first + "." + HISTORY
                        + " including all)");
                statement.execute("insert into " + schema + "." + HISTORY + " select * from " + first + "." + HISTORY);
            }
            // Matters as registered, only as far as the light alarms read and write them.
            statement.execute(
                    """
                    insert into %s.matter (id, code, status, channel, category_code, description, org_unit_code,
                                           registered_at, last_step_at, version, complexity)
                    select %s, '%s-' || n, 'REGISTERED', 'WALK_IN', 'labor', 'bench matter', 'center',
                           now(), now(), 0, 'NORMAL'
                    from generate_series(0, %d) n""".formatted(schema, matterIdSql("'" + code(tenant) + "'", "n"), code(tenant), matters - 1));
            connection.commit();
        }
    }

    /** Every tenant migration, in version order, as one script. */
    private String script() throws IOException {
        try (Stream<Path> files = Files.list(migrations)) {
            List<Path> ordered = files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName()
                            .toString()
                            .substring(1, p.getFileName().toString().indexOf("__")))))
                    .toList();
            StringBuilder script = new StringBuilder();
            for (Path file : ordered) {
                script.append(Files.readString(file, StandardCharsets.UTF_8)).append(";\n");
            }
            return script.toString();
        }
    }

    static String code(int tenant) {
        return "bench-%04d".formatted(tenant);
    }

    static String schema(int tenant) {
        return "t_bench_%04d".formatted(tenant);
    }

    /** The id of a tenant's matter of the given number, as SQL over a code and a number expression. */
    static String matterIdSql(String codeSql, String numberSql) {
        return "md5(" + codeSql + " || '/' || " + numberSql + ")::uuid";
    }
}
