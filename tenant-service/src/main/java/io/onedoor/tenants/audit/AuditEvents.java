package io.onedoor.tenants.audit;

import io.onedoor.api.identity.model.Actor;
import io.onedoor.api.identity.model.AuditEvent;
import io.onedoor.api.identity.model.AuditEventPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit log as the API shows it, newest first. */
@Component
class AuditEvents {

    private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AuditEvents(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Where a list looks: one tenant's events, or every event of a province. */
    enum Scope {
        TENANT("tenant_code"),
        PROVINCE("province_code");

        private final String column;

        Scope(String column) {
            this.column = column;
        }
    }

    AuditEventPage page(Scope scope, String key, @Nullable String action, int limit, @Nullable AuditCursor cursor) {
        List<Object> arguments = new ArrayList<>(List.of(key));
        StringBuilder sql = new StringBuilder("""
                select id, at, actor_subject, actor_client_id, actor_roles, tenant_code, province_code, action,
                    target, source_address, before_state::text as before_state, after_state::text as after_state
                from platform.audit_event where\s""");
        sql.append(scope.column).append(" = ?");
        if (action != null) {
            sql.append(" and action = ?");
            arguments.add(action);
        }
        if (cursor != null) {
            sql.append(" and id < ?");
            arguments.add(cursor.before());
        }
        // One more than asked tells whether another page follows.
        sql.append(" order by id desc limit ?");
        arguments.add(limit + 1);
        List<AuditEvent> found = jdbc.query(sql.toString(), (rs, row) -> event(rs), arguments.toArray());
        AuditEventPage page = new AuditEventPage(new ArrayList<>(found.subList(0, Math.min(limit, found.size()))));
        if (found.size() > limit) {
            page.setNextCursor(new AuditCursor(found.get(limit - 1).getId()).encode());
        }
        return page;
    }

    private AuditEvent event(ResultSet rs) throws SQLException {
        String roles = rs.getString("actor_roles");
        Actor actor = new Actor(
                        roles == null || roles.isBlank()
                                ? new ArrayList<>()
                                : new ArrayList<>(Arrays.asList(roles.split(" "))))
                .subject(rs.getString("actor_subject"))
                .clientId(rs.getString("actor_client_id"));
        AuditEvent event = new AuditEvent(
                        rs.getLong("id"),
                        OffsetDateTime.ofInstant(rs.getTimestamp("at").toInstant(), ZoneOffset.UTC),
                        actor,
                        rs.getString("action"))
                .tenant(rs.getString("tenant_code"))
                .province(rs.getString("province_code"))
                .target(rs.getString("target"))
                .from(rs.getString("source_address"));
        event.setBefore(state(rs.getString("before_state")));
        event.setAfter(state(rs.getString("after_state")));
        return event;
    }

    private @Nullable Map<String, Object> state(@Nullable String text) {
        return text == null ? null : json.readValue(text, STATE);
    }
}
