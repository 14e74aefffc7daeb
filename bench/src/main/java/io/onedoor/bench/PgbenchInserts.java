package io.onedoor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the database itself allows: pgbench inserting single rows (one row a transaction, as a
 * registration is one transaction) from 8 clients into a table of the benchmark's own database,
 * on the same PostgreSQL the platform uses, in the same run.
 */
final class PgbenchInserts {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private PgbenchInserts() {}

    /** Single-row inserts per second at 8 clients, or NaN if pgbench is not installed. */
    static double rate(String database, int seconds) throws Exception {
        try (var connection =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("create table if not exists pgbench_single_row ("
                    + "id bigserial primary key, tenant text not null, description text not null,"
                    + " registered_at timestamptz not null default now())");
        }
        Path script = Files.createTempFile("onedoor-pgbench", ".sql");
        Files.writeString(script, """
                insert into pgbench_single_row (tenant, description) values ('bench', '12345热线转办：某工地拖欠农民工工资');
                """);
        List<String> command = List.of(
                "pgbench",
                "-h",
                "127.0.0.1",
                "-p",
                "5432",
                "-U",
                "postgres",
                "-n",
                "-c",
                "8",
                "-j",
                "2",
                "-T",
                Integer.toString(seconds),
                "-f",
                script.toString(),
                database);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return Double.NaN;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no rate:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }
}
