package io.onedoor.tenants.configuration;

import io.onedoor.support.tenancy.TenantCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The {@code config_version} table of a tenant's schema: its configuration's history. */
@Component
class ConfigurationVersions {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ConfigurationVersions(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Whether the tenant's schema has the table, i.e. its onboarding migrated it. */
    boolean provisioned(TenantCode tenant) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table(tenant)));
    }

    Optional<ConfigurationVersion> latest(TenantCode tenant) {
        return jdbc
                .query("select * from " + table(tenant) + " order by version desc limit 1", (rs, n) -> version(rs))
                .stream()
                .findFirst();
    }

    Optional<ConfigurationVersion> find(TenantCode tenant, long version) {
        return jdbc
                .query("select * from " + table(tenant) + " where version = ?", (rs, n) -> version(rs), version)
                .stream()
                .findFirst();
    }

    /** Newest first, without their documents. */
    List<ConfigurationVersion.Summary> list(TenantCode tenant, @Nullable Long before, int limit) {
        return jdbc.query(
                "select version, saved_at, saved_by, summary from " + table(tenant)
                        + " where version < ? order by version desc limit ?",
                (rs, n) -> new ConfigurationVersion.Summary(
                        rs.getLong("version"),
                        rs.getTimestamp("saved_at").toInstant(),
                        rs.getString("saved_by"),
                        rs.getString("summary")),
                before == null ? Long.MAX_VALUE : before,
                limit);
    }

    /**
     * Inserts a version; a concurrent writer that took the same number first makes this fail with
     * a duplicate key, which the caller answers as a stale If-Match.
     */
    ConfigurationVersion insert(
            TenantCode tenant,
            long version,
            CenterConfiguration document,
            String savedBy,
            String summary,
            @Nullable Long restoredFrom) {
        Instant savedAt = jdbc.queryForObject(
                "insert into " + table(tenant)
                        + " (version, document, saved_by, summary, restored_from) values (?, ?::jsonb, ?, ?, ?)"
                        + " returning saved_at",
                (rs, n) -> rs.getTimestamp(1).toInstant(),
                version,
                json.writeValueAsString(document),
                savedBy,
                summary,
                restoredFrom);
        return new ConfigurationVersion(version, document, savedAt, savedBy, summary);
    }

    private ConfigurationVersion version(ResultSet rs) throws SQLException {
        return new ConfigurationVersion(
                rs.getLong("version"),
                json.readValue(rs.getString("document"), CenterConfiguration.class),
                rs.getTimestamp("saved_at").toInstant(),
                rs.getString("saved_by"),
                rs.getString("summary"));
    }

    private static String table(TenantCode tenant) {
        return tenant.quotedSchemaName() + ".config_version";
    }
}
