package io.onedoor.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.TreeMap;

/**
 * SQL statements per registration, counted from PostgreSQL's own log ({@code -Dbench.pg-log=<the
 * server's log file>}): the benchmark's database logs every statement, and the lines a measured
 * run added for that database are counted, by kind. Off unless asked for: logging every statement
 * slows the database down.
 */
final class StatementLog {

    private final Path log;
    private final String database;
    private long start;

    private StatementLog(Path log, String database) {
        this.log = log;
        this.database = database;
    }

    /** Makes every new session of the database log its statements. */
    static StatementLog enable(Path log, String database) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("alter database " + database + " set log_statement = 'all'");
        }
        return new StatementLog(log, database);
    }

    void mark() throws IOException {
        try (var file = new RandomAccessFile(log.toFile(), "r")) {
            start = file.length();
        }
    }

    /** Statements logged since {@link #mark()} for the database, per request, by their first words. */
    String perRequest(int requests) throws IOException {
        Map<String, Integer> kinds = new TreeMap<>();
        int total = 0;
        try (var file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(start);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.readFully(bytes);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                int at = line.indexOf("@" + database + " LOG:  ");
                if (at < 0) {
                    continue;
                }
                String text = line.substring(at + database.length() + 8);
                int colon = text.indexOf(": ");
                if (!(text.startsWith("statement") || text.startsWith("execute")) || colon < 0) {
                    continue;
                }
                String[] words = text.substring(colon + 2).trim().split("\\s+");
                String kind = (words[0] + " " + (words.length > 1 ? words[1] : "") + " "
                                + (words.length > 2 ? words[2] : ""))
                        .toLowerCase(java.util.Locale.ROOT)
                        .trim();
                kinds.merge(kind, 1, Integer::sum);
                total++;
            }
        }
        StringBuilder out =
                new StringBuilder("SQL statements per registration: %.2f".formatted((double) total / requests));
        kinds.forEach((kind, count) -> out.append("%n      %5.2f  %s".formatted((double) count / requests, kind)));
        return out.toString();
    }
}
